using System.Globalization;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// Discrete-event simulation of one service's waiting list (waiting-lists.md), in whole days from a census: random referrals, evenly spaced
/// removal slots used first come first served, optional withdrawals, many seeded replications in parallel, summarised per week.
/// </summary>
public static class WaitingListSimulator
{
    /// <summary>The long waits followed week by week and until they clear: over 18, 52, 65 and 78 weeks.</summary>
    public static IReadOnlyList<int> LongWaitWeeks { get; } = [18, 52, 65, 78];

    private const int ArrivalStream = 0;
    private const int WithdrawalStream = 1;
    private const double P10 = 0.1;
    private const double Median = 0.5;
    private const double P90 = 0.9;

    /// <summary>
    /// Simulates <paramref name="settings"/> at <paramref name="weeklyCapacity"/> removals a week. Results depend only on the settings,
    /// capacity and seed: each replication draws from its own streams, fixed by (seed, replication), whatever thread runs it and however
    /// many run at once (<paramref name="maxDegreeOfParallelism"/>, −1 for all cores).
    /// </summary>
    public static SimulationResult Run(
        SimulationSettings settings, double weeklyCapacity, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        Check(settings);
        CheckCapacity(weeklyCapacity, "The capacity");
        return Simulate(settings, weeklyCapacity, InitialReceivedDays(settings), maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Simulates each scenario's capacity with the same settings and seed, so every scenario sees the same referrals (common random numbers):
    /// the differences between them are the capacity's, not chance's. One result per scenario, in the order given.
    /// </summary>
    public static IReadOnlyList<ScenarioResult> RunScenarios(
        SimulationSettings settings, IReadOnlyList<CapacityScenario> scenarios, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        Check(settings);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            if (string.IsNullOrWhiteSpace(scenario.Name) || !names.Add(scenario.Name))
            {
                throw new WaitingListInputException($"Each scenario needs a name of its own ('{scenario.Name}' is empty or used twice).");
            }

            CheckCapacity(scenario.Capacity, $"The {scenario.Name} capacity");
        }

        var initial = InitialReceivedDays(settings);
        return [.. scenarios.Select(s => new ScenarioResult(s.Name, s.Capacity, Simulate(settings, s.Capacity, initial, maxDegreeOfParallelism, cancellationToken)))];
    }

    private static SimulationResult Simulate(
        SimulationSettings settings, double weeklyCapacity, int[] initial, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var weeks = settings.Weeks;
        var replications = settings.Replications;
        var slotsPerDay = SlotSchedule.SlotsPerDay(weeklyCapacity, 7 * weeks);
        var counts = new ReplicationCounts(replications, weeks);
        var expected = initial.Length + (int)Math.Ceiling(settings.Demand * weeks * 1.25) + 64;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };

        // One list per worker, reused for each replication it runs: nothing is allocated per referral or per slot.
        Parallel.For(
            0,
            replications,
            options,
            () => new FcfsWaitingList(expected),
            (replication, _, list) =>
            {
                RunReplication(settings, slotsPerDay, initial, replication, list, counts);
                return list;
            },
            _ => { });

        return new SimulationResult(weeklyCapacity, settings.Demand, replications, settings.Seed, Summarise(counts), Clearances(counts));
    }

    /// <summary>
    /// One replication, day by day: the day's slots serve the front of the list (people received before that day), then the day's
    /// referrals join; at each week's end, withdrawals, then the week's counts are recorded.
    /// </summary>
    private static void RunReplication(
        SimulationSettings settings, int[] slotsPerDay, int[] initial, int replication, FcfsWaitingList list, ReplicationCounts counts)
    {
        var arrivals = SimulationRandom.For(settings.Seed, replication, ArrivalStream);
        var withdrawals = SimulationRandom.For(settings.Seed, replication, WithdrawalStream);
        list.Reset(initial);
        counts.Record(replication, 0, list, day: 0);

        // Poisson referrals: exponential gaps at demand ÷ 7 a day; one received at time t in (d − 1, d] is received on day d.
        var perDay = settings.Demand / 7;
        var next = perDay > 0 ? arrivals.NextExponential() / perDay : double.PositiveInfinity;
        var lastDay = 7 * settings.Weeks;
        for (var day = 1; day <= lastDay; day++)
        {
            list.Serve(day, slotsPerDay[day]);
            while (next <= day)
            {
                list.Add(day);
                next += arrivals.NextExponential() / perDay;
            }

            if (day % 7 == 0)
            {
                list.Withdraw(ref withdrawals, settings.WithdrawalProbability);
                counts.Record(replication, day / 7, list, day);
            }
        }
    }

    private static List<SimulatedWeek> Summarise(ReplicationCounts counts)
    {
        var buffer = new double[counts.Replications];
        SimulatedRange Spread(int[] series, int week)
        {
            for (var r = 0; r < buffer.Length; r++)
            {
                buffer[r] = series[counts.At(r, week)];
            }

            Array.Sort(buffer);
            return new SimulatedRange(Quantiles.OfSorted(buffer, P10), Quantiles.OfSorted(buffer, Median), Quantiles.OfSorted(buffer, P90));
        }

        return [.. Enumerable.Range(0, counts.Weeks + 1).Select(w => new SimulatedWeek(
            w,
            Spread(counts.QueueSize, w),
            Spread(counts.Over[0], w),
            Spread(counts.Over[1], w),
            Spread(counts.Over[2], w),
            Spread(counts.Over[3], w)))];
    }

    private static List<ClearanceWeek> Clearances(ReplicationCounts counts)
    {
        var clearances = new List<ClearanceWeek>();
        var firstZero = new double[counts.Replications];
        for (var k = 0; k < LongWaitWeeks.Count; k++)
        {
            var series = counts.Over[k];
            for (var r = 0; r < firstZero.Length; r++)
            {
                // Never within the horizon is later than any week: +∞ sorts last and makes a percentile that reaches it infinite.
                firstZero[r] = double.PositiveInfinity;
                for (var w = 0; w <= counts.Weeks; w++)
                {
                    if (series[counts.At(r, w)] == 0)
                    {
                        firstZero[r] = w;
                        break;
                    }
                }
            }

            Array.Sort(firstZero);
            clearances.Add(new ClearanceWeek(
                LongWaitWeeks[k],
                Finite(Quantiles.OfSorted(firstZero, P10)),
                Finite(Quantiles.OfSorted(firstZero, Median)),
                Finite(Quantiles.OfSorted(firstZero, P90)),
                firstZero.Count(double.IsFinite)));
        }

        return clearances;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The census list as days received (−days waited), longest wait first: the order first come, first served takes them.</summary>
    private static int[] InitialReceivedDays(SimulationSettings settings)
    {
        var received = settings.InitialDaysWaited.Select(d => -d).ToArray();
        Array.Sort(received);
        return received;
    }

    private static void Check(SimulationSettings settings)
    {
        if (!double.IsFinite(settings.Demand) || settings.Demand < 0)
        {
            throw new WaitingListInputException(Text($"Demand must be a number of 0 or more referrals a week (not {settings.Demand})."));
        }

        if (settings.Weeks is < 1 or > SimulationSettings.MaxWeeks)
        {
            throw new WaitingListInputException(Text($"The weeks to simulate must be from 1 to {SimulationSettings.MaxWeeks} (not {settings.Weeks})."));
        }

        if (settings.Replications is < 1 or > SimulationSettings.MaxReplications)
        {
            throw new WaitingListInputException(Text($"The replications must be from 1 to {SimulationSettings.MaxReplications:#,0} (not {settings.Replications})."));
        }

        if (!(settings.WithdrawalProbability is >= 0 and <= 1))
        {
            throw new WaitingListInputException(Text($"The weekly withdrawal probability must be from 0 to 1 (not {settings.WithdrawalProbability})."));
        }

        if (settings.Demand * settings.Weeks > SimulationSettings.MaxExpectedReferrals)
        {
            throw new WaitingListInputException(Text($"Demand × weeks must be at most {SimulationSettings.MaxExpectedReferrals:#,0} referrals (not {settings.Demand * settings.Weeks:#,0})."));
        }

        var negative = settings.InitialDaysWaited.FirstOrDefault(d => d < 0, 0);
        if (negative < 0)
        {
            throw new WaitingListInputException(Text($"Days waited at the census cannot be negative (one is {negative})."));
        }
    }

    private static void CheckCapacity(double capacity, string what)
    {
        // Slots are counted in ints per day: a capacity of millions a week is a typing mistake, not a service.
        if (!double.IsFinite(capacity) || capacity is < 0 or > 1_000_000)
        {
            throw new WaitingListInputException(Text($"{what} must be a number from 0 to 1,000,000 removals a week (not {capacity})."));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every replication's weekly counts, one row each; each replication writes only its own row, so no locks are needed.</summary>
    private sealed class ReplicationCounts
    {
        public ReplicationCounts(int replications, int weeks)
        {
            Replications = replications;
            Weeks = weeks;
            QueueSize = new int[replications * (weeks + 1)];
            Over = [.. LongWaitWeeks.Select(_ => new int[replications * (weeks + 1)])];
        }

        public int Replications { get; }

        public int Weeks { get; }

        public int[] QueueSize { get; }

        /// <summary>Per long-wait threshold (in <see cref="LongWaitWeeks"/> order), the count waiting over it.</summary>
        public int[][] Over { get; }

        public int At(int replication, int week) => (replication * (Weeks + 1)) + week;

        public void Record(int replication, int week, FcfsWaitingList list, int day)
        {
            var at = At(replication, week);
            QueueSize[at] = list.Count;
            for (var k = 0; k < Over.Length; k++)
            {
                Over[k][at] = list.CountWaitingOver(day, LongWaitWeeks[k]);
            }
        }
    }
}
