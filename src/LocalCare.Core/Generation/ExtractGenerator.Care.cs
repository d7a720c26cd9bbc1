namespace LocalCare.Core.Generation;

/// <summary>Referrals and contacts: arrivals, waits, episodes, outcomes and discharge.</summary>
public sealed partial class ExtractGenerator
{
    /// <summary>Crisis referrals whose first visit is booked within 2 hours (the rest within about 4).</summary>
    private const double CrisisWithinTwoHours = 0.965;

    /// <summary>First crisis visits that take place (attended); the rest find nobody in or go unrecorded.</summary>
    private const double CrisisVisitAttended = 0.985;

    /// <summary>Contacts (other than the one that stops the waiting clock) recorded without a referral, or against another system's.</summary>
    private const double UnlinkedShare = 0.026;

    private const double UnlinkedEmptyShare = 0.7;

    private const int MinutesPerDay = 1440;

    /// <summary>Generates one partition: the referrals its service receives in its month, each with its whole episode.</summary>
    public CareBatch GenerateCare(CarePartition partition)
    {
        var service = _services[partition.ServiceIndex];
        var run = new CareRun(this, service, partition.Month);
        var times = new List<int>();
        var first = Math.Max(partition.Month.FirstDay.DayNumber, _warmUpDay);
        var last = Math.Min(partition.Month.LastDay.DayNumber, _lastDay);
        var perDay = service.AnnualReferrals / 365.25 / service.MeanIntensity;
        for (var day = first; day <= last; day++)
        {
            var count = run.Random.Poisson(perDay * Intensity(service, day));
            times.Clear();
            for (var i = 0; i < count; i++)
            {
                times.Add(ReceivedMinute(service.Profile, run.Random));
            }

            times.Sort();
            foreach (var minute in times)
            {
                run.Generate(((long)day * MinutesPerDay) + minute);
            }
        }

        return new CareBatch(partition, run.Referrals, run.Contacts);
    }

    /// <summary>Office hours for routine services; 08:00 to 20:00 for seven-day and crisis services.</summary>
    private static int ReceivedMinute(ServiceProfile profile, Random random) =>
        profile.SevenDay || profile.CrisisShare > 0 ? 480 + random.Next(720) : 480 + random.Next(600);

    private static DateTime ToDateTime(long minutes) => new(minutes * TimeSpan.TicksPerMinute);

    /// <summary>
    /// The day of an appointment about <paramref name="days"/> after <paramref name="from"/> (at least the next day).
    /// Weekday services count working days, so their appointments spread over the week instead of piling onto Mondays,
    /// and see fewer people between Christmas and New Year; seven-day services see fewer at weekends, on bank holidays
    /// and at Christmas, moving some of those visits into the next few working days.
    /// </summary>
    private int AppointmentDay(int from, double days, ServiceProfile profile, Random random)
    {
        if (!profile.SevenDay)
        {
            var day = AddWorkingDays(from, Math.Max(1, (int)Math.Round(days * 5 / 7)));
            return _calendar.IsFestive(day) && random.Chance(0.4) ? AddWorkingDays(day, random.Next(1, 6)) : day;
        }

        var visit = from + Math.Max(1, (int)Math.Round(days));
        while (_calendar.IsChristmasClosure(visit) && random.Chance(0.5))
        {
            visit++;
        }

        return !_calendar.IsWorkingDay(visit) && random.Chance(0.3) ? AddWorkingDays(visit, random.Next(1, 4)) : visit;
    }

    /// <summary>The working day <paramref name="count"/> working days after <paramref name="day"/>: bank holidays are stepped over, not landed on and moved.</summary>
    private int AddWorkingDays(int day, int count)
    {
        for (var i = count; i > 0; i--)
        {
            do
            {
                day++;
            }
            while (!_calendar.IsWorkingDay(day));
        }

        while (!_calendar.IsWorkingDay(day))
        {
            day++;
        }

        return day;
    }

    /// <summary>An appointment time on 15-minute slots: 08:30–17:15 on weekdays-only services, 08:00–19:45 for seven-day ones.</summary>
    private static int SlotMinute(ServiceProfile profile, Random random) =>
        profile.SevenDay ? 480 + (15 * random.Next(48)) : 510 + (15 * random.Next(36));

    /// <summary>The state of one partition's generation: its random stream, sequences and output.</summary>
    private sealed class CareRun(ExtractGenerator generator, ServiceModel service, YearMonth month)
    {
        private int _referralSequence;
        private int _contactSequence;

        public Random Random { get; } = new(Seeds.For(generator.Settings.Seed, Seeds.Care, month.Index, service.Ordinal));

        public List<GeneratedReferral> Referrals { get; } = [];

        public List<GeneratedContact> Contacts { get; } = [];

        /// <summary>A referral received at <paramref name="received"/> (minutes since 0001-01-01), and its contacts.</summary>
        public void Generate(long received)
        {
            var random = Random;
            var id = new RecordKey('R', month, service.Ordinal, ++_referralSequence);
            var urgency = DrawUrgency(service.Profile, random);
            var (person, neighbourhood) = service.Catchment.Draw(random);
            var warmUp = received / MinutesPerDay < generator._firstDay;

            DateTime? discharged;
            if (FirstAppointment(urgency, received) is { } first)
            {
                var firstContact = Contacts.Count;
                discharged = AddEpisode(id, urgency, person, neighbourhood, received, first);
                if (warmUp && !KeepFromWarmUp(id, discharged, firstContact))
                {
                    return;
                }
            }
            else
            {
                // Withdrawn while waiting (moved away, treated elsewhere): discharged without a contact.
                discharged = Discharge((int)(received / MinutesPerDay) + random.Next(1, 60), received, random);
                if (warmUp && discharged < generator._start)
                {
                    return;
                }
            }

            Referrals.Add(new GeneratedReferral(id, person, service.Code, neighbourhood, ToDateTime(received), urgency, discharged));
        }

        /// <summary>
        /// When the first appointment is booked: crisis visits within hours (mostly within 2), Hospital at Home the same
        /// or the next day, urgent referrals within days, routine ones after the service's usual wait or, for a few, a very
        /// long one. Null when a routine referral is withdrawn before it.
        /// </summary>
        private long? FirstAppointment(Urgency urgency, long received)
        {
            var profile = service.Profile;
            var random = Random;
            var receivedDay = (int)(received / MinutesPerDay);
            if (urgency == Urgency.Crisis)
            {
                return received + (random.Chance(CrisisWithinTwoHours) ? 10 + random.Next(111) : 121 + random.Next(150));
            }

            if (profile.VirtualWard)
            {
                var at = received + 60 + random.Next(300);
                return at / MinutesPerDay == receivedDay && at % MinutesPerDay <= 20 * 60
                    ? at
                    : ((receivedDay + 1L) * MinutesPerDay) + SlotMinute(profile, random); // the next morning
            }

            var wait = urgency == Urgency.Urgent
                ? random.LogNormal(3, 0.6)
                : random.Chance(profile.LongWaitShare) ? random.Uniform(200, 480) : random.LogNormal(profile.RoutineWaitDays, 0.55);
            if (urgency == Urgency.Routine && random.Chance(profile.WithdrawnShare))
            {
                return null;
            }

            var day = generator.AppointmentDay(receivedDay, wait, profile, random);
            return ((long)day * MinutesPerDay) + SlotMinute(profile, random);
        }

        /// <summary>
        /// The referral's appointments from <paramref name="first"/>, each with its outcome, until the episode ends or
        /// appointments are not booked yet; returns when the referral is discharged (null: still open after the last month).
        /// </summary>
        private DateTime? AddEpisode(RecordKey id, Urgency urgency, PersonKey person, string? neighbourhood, long received, long first)
        {
            var profile = service.Profile;
            var random = Random;
            var crisis = urgency == Urgency.Crisis;
            var appointments = random.Geometric(profile.MeanContacts);
            var at = first;
            var lastAt = received;
            var clockStopped = false;
            for (var k = 0; k < appointments; k++)
            {
                if (k > 0)
                {
                    // Until someone is seen, a missed or cancelled appointment is rebooked within weeks, however long the usual interval.
                    var interval = clockStopped ? profile.IntervalDays : Math.Min(profile.IntervalDays, random.Uniform(7, 28));
                    var day = generator.AppointmentDay((int)(at / MinutesPerDay), interval * random.Uniform(0.6, 1.4), profile, random);
                    at = ((long)day * MinutesPerDay) + SlotMinute(profile, random);
                }

                if (at / MinutesPerDay > generator._horizonDay)
                {
                    return null; // the rest is not booked yet
                }

                Attendance? attendance = at / MinutesPerDay > generator._lastDay
                    ? Attendance.Future
                    : k == 0 && crisis
                        ? (random.Chance(CrisisVisitAttended) ? Attendance.Attended : random.Chance(0.5) ? Attendance.DidNotAttend : null)
                        : ServiceModel.Outcomes[random.Pick(service.OutcomeCumulative)];
                var seen = attendance is { } a && a.IsAttended();
                var stopsClock = seen && !clockStopped;
                clockStopped |= seen;

                RecordKey? referral = id;
                if (!stopsClock && random.Chance(UnlinkedShare))
                {
                    referral = random.Chance(UnlinkedEmptyShare) ? null : id with { Prefix = 'X' };
                }

                var mode = k == 0 && crisis ? ContactMode.FaceToFace : ServiceModel.Modes[random.Pick(service.ModeCumulative)];
                Contacts.Add(new GeneratedContact(
                    new RecordKey('C', month, service.Ordinal, ++_contactSequence), referral, person, service.Code, neighbourhood,
                    ToDateTime(at), attendance, mode, seen ? Duration(profile, mode, random) : null));
                lastAt = at;
            }

            return Discharge((int)(lastAt / MinutesPerDay) + random.Next(15), lastAt, random);
        }

        /// <summary>
        /// A referral received before the first month is kept only when still open at its start; of its earlier contacts
        /// only the one that stopped its waiting clock is kept, so it does not look as if it were still waiting.
        /// </summary>
        private bool KeepFromWarmUp(RecordKey id, DateTime? discharged, int firstContact)
        {
            var start = generator._start;
            if (discharged < start)
            {
                Contacts.RemoveRange(firstContact, Contacts.Count - firstContact);
                return false;
            }

            var kept = firstContact;
            var clockStopped = false;
            for (var i = firstContact; i < Contacts.Count; i++)
            {
                var contact = Contacts[i];
                var stopsClock = !clockStopped && contact.ReferralId == id && contact.Attendance is { } a && a.IsAttended();
                clockStopped |= stopsClock;
                if (stopsClock || contact.ScheduledAt >= start)
                {
                    Contacts[kept++] = contact;
                }
            }

            Contacts.RemoveRange(kept, Contacts.Count - kept);
            return true;
        }

        private static Urgency DrawUrgency(ServiceProfile profile, Random random)
        {
            var u = random.NextDouble();
            return u < profile.CrisisShare ? Urgency.Crisis : u < profile.CrisisShare + profile.UrgentShare ? Urgency.Urgent : Urgency.Routine;
        }

        /// <summary>10 to 90 minutes in steps of 5, around the service's mean; calls are shorter.</summary>
        private static int Duration(ServiceProfile profile, ContactMode mode, Random random)
        {
            var mean = profile.MeanMinutes * mode switch
            {
                ContactMode.Telephone => 0.5,
                ContactMode.Video => 0.7,
                _ => 1.0,
            };
            var minutes = mean * (0.55 + (0.3 * (random.NextDouble() + random.NextDouble() + random.NextDouble())));
            return Math.Clamp((int)Math.Round(minutes / 5) * 5, 10, 90);
        }

        /// <summary>Office hours on <paramref name="day"/>, never before <paramref name="notBefore"/>; null when after the last month (still open).</summary>
        private DateTime? Discharge(int day, long notBefore, Random random)
        {
            var at = Math.Max(((long)day * MinutesPerDay) + 540 + random.Next(540), notBefore + 15);
            return at / MinutesPerDay > generator._lastDay ? null : ToDateTime(at);
        }
    }
}
