using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Generation;

/// <summary>Applies the rules of data-contract.md to generated records and lists every breach (empty = all rules hold).</summary>
public static class ContractChecker
{
    public static List<string> Check(GeneratedExtracts data)
    {
        var problems = new List<string>();
        void Fail(string file, object key, string rule) => problems.Add($"{file} {key}: {rule}");

        var kinds = data.Units.ToDictionary(u => u.Code, u => u);
        bool IsService(string? code) => code is not null && kinds.TryGetValue(code, out var unit) && unit.Kind == UnitKind.Service;
        bool IsNeighbourhoodOrNull(string? code) => code is null || (kinds.TryGetValue(code, out var unit) && unit.Kind == UnitKind.Neighbourhood);
        bool IsKey(string text) => text.Length is >= 1 and <= 64;
        bool OnTheMinute(DateTime time) => time.Ticks % TimeSpan.TicksPerMinute == 0;

        var referralIds = new HashSet<RecordKey>();
        foreach (var r in data.Referrals)
        {
            if (!referralIds.Add(r.ReferralId) || !IsKey(r.ReferralId.ToString()) || !IsKey(r.PersonId.ToString()))
            {
                Fail("referrals", r.ReferralId, "referral_id and person_id are unique keys of 1..64 chars");
            }

            if (!IsService(r.ServiceCode) || !IsNeighbourhoodOrNull(r.NeighbourhoodCode))
            {
                Fail("referrals", r.ReferralId, "service_code is a service, neighbourhood_code a neighbourhood or null");
            }

            if (!Enum.IsDefined(r.Urgency) || !OnTheMinute(r.ReceivedAt) || (r.DischargedAt is { } d && (d < r.ReceivedAt || !OnTheMinute(d))))
            {
                Fail("referrals", r.ReferralId, "urgency is known; times on the minute; discharged_at >= received_at");
            }
        }

        var contactIds = new HashSet<RecordKey>();
        foreach (var c in data.Contacts)
        {
            if (!contactIds.Add(c.ContactId) || !IsKey(c.ContactId.ToString()) || (c.ReferralId is { } id && !IsKey(id.ToString())))
            {
                Fail("contacts", c.ContactId, "contact_id is a unique key; referral_id a key or null");
            }

            if (!IsService(c.ServiceCode) || !IsNeighbourhoodOrNull(c.NeighbourhoodCode))
            {
                Fail("contacts", c.ContactId, "service_code is a service, neighbourhood_code a neighbourhood or null");
            }

            var future = c.ScheduledAt > data.End;
            if ((c.Attendance is { } a && !Enum.IsDefined(a)) || future != (c.Attendance == Attendance.Future) || !OnTheMinute(c.ScheduledAt))
            {
                Fail("contacts", c.ContactId, "attendance is an NHS code, 0 exactly for appointments after the last month");
            }

            if (!Enum.IsDefined(c.ContactMode) || c.DurationMinutes is < 0 or > 1440)
            {
                Fail("contacts", c.ContactId, "contact_mode is known; duration_minutes 0..1440");
            }
        }

        foreach (var duplicate in data.Plan.GroupBy(p => (p.Month, p.ServiceCode)).Where(g => g.Count() > 1))
        {
            Fail("activity_plan", duplicate.Key, "(month, service_code) is unique");
        }

        foreach (var p in data.Plan.Where(p => p.PlannedContacts < 0 || !IsService(p.ServiceCode)))
        {
            Fail("activity_plan", (p.Month, p.ServiceCode), "planned_contacts >= 0 for a known service");
        }

        foreach (var duplicate in data.Workforce.GroupBy(w => (w.Month, w.ServiceCode)).Where(g => g.Count() > 1))
        {
            Fail("workforce", duplicate.Key, "(month, service_code) is unique");
        }

        foreach (var w in data.Workforce)
        {
            if (!IsService(w.ServiceCode) || w.BudgetedWte < 0 || w.ContractedWte < 0 || w.Headcount < 0 || w.Leavers < 0 || w.FteDaysAvailable < 0)
            {
                Fail("workforce", (w.Month, w.ServiceCode), "known service; counts and WTE >= 0");
            }

            if (w.FteDaysLostSickness < 0 || w.FteDaysLostSickness > w.FteDaysAvailable || w.AppraisalsDue < 0 || w.AppraisalsCompleted < 0 || w.AppraisalsCompleted > w.AppraisalsDue)
            {
                Fail("workforce", (w.Month, w.ServiceCode), "sickness within 0..available; completed within 0..due");
            }
        }

        var incidentIds = new HashSet<RecordKey>();
        foreach (var i in data.Incidents)
        {
            if (!incidentIds.Add(i.IncidentId) || !IsService(i.ServiceCode) || !IsNeighbourhoodOrNull(i.NeighbourhoodCode) || !Enum.IsDefined(i.Category))
            {
                Fail("incidents", i.IncidentId, "unique key, known codes and category");
            }

            var ulcer = i.Category == IncidentCategory.PressureUlcer;
            if ((i.Grade is { } grade && grade.IsPressureUlcerGrade() != ulcer) || (!ulcer && i.AcquiredInCare is not null))
            {
                Fail("incidents", i.IncidentId, "grades cat1..cat4/unstageable/dti for pressure ulcers, harm for the rest; acquired_in_care for pressure ulcers");
            }
        }

        var responseIds = new HashSet<RecordKey>();
        foreach (var e in data.Experience)
        {
            if (!responseIds.Add(e.ResponseId) || !IsService(e.ServiceCode) || !IsNeighbourhoodOrNull(e.NeighbourhoodCode))
            {
                Fail("experience", e.ResponseId, "unique key and known codes");
            }

            var valid = e.Instrument == ExperienceInstrument.Fft
                ? e.Score is >= 1 and <= 6 && decimal.IsInteger(e.Score)
                : e.Score is >= 0 and <= 100;
            if (!valid)
            {
                Fail("experience", e.ResponseId, "wmtm and qcr 0..100; fft 1..6");
            }
        }

        foreach (var duplicate in data.BedDays.GroupBy(b => (b.Date, b.WardCode)).Where(g => g.Count() > 1))
        {
            Fail("virtual_ward", duplicate.Key, "(date, ward_code) is unique");
        }

        foreach (var b in data.BedDays)
        {
            if (!kinds.TryGetValue(b.WardCode, out var ward) || ward.Kind != UnitKind.Service || ward.ServiceGroup != ServiceGroup.VirtualWard || b.CapacityBeds < 0 || b.OccupiedBeds < 0)
            {
                Fail("virtual_ward", (b.Date, b.WardCode), "ward_code is a virtual-ward service; beds >= 0");
            }
        }

        return problems;
    }
}
