using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Generation;

/// <summary>Every record one generator makes, in memory, with the census helpers the realism tests need (metrics.md definitions).</summary>
public sealed class GeneratedExtracts
{
    public GeneratedExtracts(IReadOnlyList<OrganisationUnit> units, GenerationSettings settings)
    {
        Units = units;
        Settings = settings;
        var generator = new ExtractGenerator(units, settings);
        var batches = generator.Care().ToList();
        Referrals = batches.SelectMany(b => b.Referrals).ToList();
        Contacts = batches.SelectMany(b => b.Contacts).ToList();
        Plan = generator.ActivityPlan().ToList();
        Workforce = generator.Workforce().ToList();
        Incidents = generator.Incidents().ToList();
        Experience = generator.Experience().ToList();
        BedDays = generator.VirtualWards().ToList();
        Start = settings.FirstMonth.FirstDay.ToDateTime(TimeOnly.MinValue);
        End = settings.LastMonth.LastDay.ToDateTime(new TimeOnly(23, 59, 59));
        FirstAttended = Contacts
            .Where(c => c.ReferralId is { } && c.Attendance is { } a && a.IsAttended())
            .GroupBy(c => c.ReferralId!.Value)
            .ToDictionary(g => g.Key, g => g.Min(c => c.ScheduledAt));
    }

    public IReadOnlyList<OrganisationUnit> Units { get; }

    public GenerationSettings Settings { get; }

    public List<GeneratedReferral> Referrals { get; }

    public List<GeneratedContact> Contacts { get; }

    public List<GeneratedPlanMonth> Plan { get; }

    public List<GeneratedWorkforceMonth> Workforce { get; }

    public List<GeneratedIncident> Incidents { get; }

    public List<GeneratedExperience> Experience { get; }

    public List<GeneratedBedDay> BedDays { get; }

    /// <summary>The start of the first month.</summary>
    public DateTime Start { get; }

    /// <summary>The census point of the last month: its last day at 23:59:59.</summary>
    public DateTime End { get; }

    /// <summary>Each referral's first attended contact (linked by referral_id).</summary>
    public Dictionary<RecordKey, DateTime> FirstAttended { get; }

    /// <summary>Contacts scheduled in the months generated (not before, not future bookings).</summary>
    public IEnumerable<GeneratedContact> ContactsInRange => Contacts.Where(c => c.ScheduledAt >= Start && c.ScheduledAt <= End);

    /// <summary>days_waited of each referral waiting at the census of <paramref name="month"/> (metrics.md).</summary>
    public List<int> WaitingAt(YearMonth month)
    {
        var census = month.LastDay.ToDateTime(new TimeOnly(23, 59, 59));
        return Referrals
            .Where(r => r.ReceivedAt <= census && r.Urgency != Urgency.Crisis && !(r.DischargedAt <= census))
            .Where(r => !(FirstAttended.TryGetValue(r.ReferralId, out var seen) && seen <= census))
            .Select(r => month.LastDay.DayNumber - DateOnly.FromDateTime(r.ReceivedAt).DayNumber)
            .ToList();
    }
}
