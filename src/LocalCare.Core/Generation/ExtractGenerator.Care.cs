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
        var episode = new Episode(this, service, partition.Month);
        var times = new List<int>();
        var first = Math.Max(partition.Month.FirstDay.DayNumber, _warmUpDay);
        var last = Math.Min(partition.Month.LastDay.DayNumber, _lastDay);
        var perDay = service.AnnualReferrals / 365.25 / service.MeanIntensity;
        for (var day = first; day <= last; day++)
        {
            var count = episode.Random.Poisson(perDay * Intensity(service, day));
            times.Clear();
            for (var i = 0; i < count; i++)
            {
                times.Add(ReceivedMinute(service.Profile, episode.Random));
            }

            times.Sort();
            foreach (var minute in times)
            {
                episode.Generate(((long)day * MinutesPerDay) + minute);
            }
        }

        return new CareBatch(partition, episode.Referrals, episode.Contacts);
    }

    /// <summary>Office hours for routine services; 08:00 to 20:00 for seven-day and crisis services.</summary>
    private static int ReceivedMinute(ServiceProfile profile, Random random) =>
        profile.SevenDay || profile.CrisisShare > 0 ? 480 + random.Next(720) : 480 + random.Next(600);

    private static DateTime ToDateTime(long minutes) => new(minutes * TimeSpan.TicksPerMinute);

    /// <summary>Moves an appointment off days the service does not work (or works less): weekends, bank holidays, Christmas.</summary>
    private int ServiceDay(int day, ServiceProfile profile, Random random)
    {
        if (profile.SevenDay)
        {
            while (_calendar.IsChristmasClosure(day) && random.Chance(0.5))
            {
                day++;
            }

            if (!_calendar.IsWorkingDay(day) && random.Chance(0.3))
            {
                while (!_calendar.IsWorkingDay(day))
                {
                    day++;
                }
            }

            return day;
        }

        if (_calendar.IsFestive(day) && random.Chance(0.4))
        {
            day++;
        }

        while (!_calendar.IsWorkingDay(day))
        {
            if (DateOnly.FromDayNumber(day).DayOfWeek == DayOfWeek.Saturday && !_calendar.IsBankHoliday(day) && random.Chance(0.03))
            {
                return day; // a Saturday clinic
            }

            day++;
        }

        return day;
    }

    /// <summary>An appointment time on 15-minute slots: 08:30–17:15 on weekdays-only services, 08:00–19:45 for seven-day ones.</summary>
    private static int SlotMinute(ServiceProfile profile, Random random) =>
        profile.SevenDay ? 480 + (15 * random.Next(48)) : 510 + (15 * random.Next(36));

    /// <summary>The state of one partition's generation: its random stream, sequences and output.</summary>
    private sealed class Episode(ExtractGenerator generator, ServiceModel service, YearMonth month)
    {
        private int _referralSequence;
        private int _contactSequence;

        public Random Random { get; } = new(Seeds.For(generator.Settings.Seed, Seeds.Care, month.Index, service.Ordinal));

        public List<GeneratedReferral> Referrals { get; } = [];

        public List<GeneratedContact> Contacts { get; } = [];

        /// <summary>A referral received at <paramref name="received"/> (minutes since 0001-01-01), and its contacts.</summary>
        public void Generate(long received)
        {
            var profile = service.Profile;
            var random = Random;
            var id = new RecordKey('R', month, service.Ordinal, ++_referralSequence);
            var urgency = DrawUrgency(profile, random);
            var (person, neighbourhood) = service.Catchment.Draw(random);
            var receivedDay = (int)(received / MinutesPerDay);

            long first;
            var crisis = urgency == Urgency.Crisis;
            if (crisis)
            {
                first = received + (random.Chance(CrisisWithinTwoHours) ? 10 + random.Next(111) : 121 + random.Next(150));
            }
            else if (profile.VirtualWard)
            {
                first = received + 60 + random.Next(300);
                if (first / MinutesPerDay != receivedDay || first % MinutesPerDay > 20 * 60)
                {
                    first = (((long)receivedDay + 1) * MinutesPerDay) + SlotMinute(profile, random); // the next morning
                }
            }
            else
            {
                var wait = urgency == Urgency.Urgent
                    ? random.LogNormal(3, 0.6)
                    : random.Chance(profile.LongWaitShare) ? random.Uniform(200, 480) : random.LogNormal(profile.RoutineWaitDays, 0.55);
                if (urgency == Urgency.Routine && random.Chance(profile.WithdrawnShare))
                {
                    // Withdrawn while waiting (moved away, treated elsewhere): discharged without a contact.
                    var withdrawnDay = receivedDay + Math.Max(1, (int)Math.Round(wait * random.Uniform(0.2, 0.9)));
                    var withdrawn = Discharge(withdrawnDay, received, random);
                    if (receivedDay >= generator._firstDay || !(withdrawn < generator._start))
                    {
                        AddReferral(id, person, neighbourhood, received, urgency, withdrawn);
                    }

                    return;
                }

                var day = generator.ServiceDay(receivedDay + Math.Max(1, (int)Math.Round(wait)), profile, random);
                first = ((long)day * MinutesPerDay) + SlotMinute(profile, random);
            }

            var firstContact = Contacts.Count;
            var appointments = random.Geometric(profile.MeanContacts);
            var at = first;
            var lastAt = received;
            var open = false;
            var clockStopped = false;
            for (var k = 0; k < appointments; k++)
            {
                if (k > 0)
                {
                    // Until someone is seen, a missed or cancelled appointment is rebooked within weeks, however long the usual interval.
                    var interval = clockStopped ? profile.IntervalDays : Math.Min(profile.IntervalDays, random.Uniform(7, 28));
                    var gap = Math.Max(1, (int)Math.Round(interval * random.Uniform(0.6, 1.4)));
                    var day = generator.ServiceDay((int)(at / MinutesPerDay) + gap, profile, random);
                    at = ((long)day * MinutesPerDay) + SlotMinute(profile, random);
                }

                var day0 = (int)(at / MinutesPerDay);
                if (day0 > generator._horizonDay)
                {
                    open = true; // not booked yet
                    break;
                }

                Attendance? attendance = day0 > generator._lastDay
                    ? Attendance.Future
                    : k == 0 && crisis
                        ? (random.Chance(CrisisVisitAttended) ? Attendance.Attended : random.Chance(0.5) ? Attendance.DidNotAttend : null)
                        : ServiceModel.Outcomes[random.Pick(service.OutcomeCumulative)];
                var stopsClock = !clockStopped && attendance is { } a && a.IsAttended();
                clockStopped |= stopsClock;

                RecordKey? referral = id;
                if (!stopsClock && random.Chance(UnlinkedShare))
                {
                    referral = random.Chance(UnlinkedEmptyShare) ? null : id with { Prefix = 'X' };
                }

                var mode = k == 0 && crisis ? ContactMode.FaceToFace : ServiceModel.Modes[random.Pick(service.ModeCumulative)];
                int? minutes = attendance is { } seen && seen.IsAttended() ? Duration(profile, mode, random) : null;
                Contacts.Add(new GeneratedContact(
                    new RecordKey('C', month, service.Ordinal, ++_contactSequence), referral, person, service.Code, neighbourhood,
                    ToDateTime(at), attendance, mode, minutes));
                lastAt = at;
            }

            DateTime? discharged = null;
            if (!open)
            {
                discharged = Discharge((int)(lastAt / MinutesPerDay) + random.Next(15), lastAt, random);
            }

            if (receivedDay < generator._firstDay && !KeepFromWarmUp(id, discharged, firstContact))
            {
                return;
            }

            AddReferral(id, person, neighbourhood, received, urgency, discharged);
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

        private void AddReferral(RecordKey id, PersonKey person, string? neighbourhood, long received, Urgency urgency, DateTime? discharged) =>
            Referrals.Add(new GeneratedReferral(id, person, service.Code, neighbourhood, ToDateTime(received), urgency, discharged));
    }
}
