using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingListSimulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Run_NoDemand_OneSlotADay_ServesTheCensusListLongestWaitFirst()
    {
        // 10, 3 and 0 days waited; 7 a week is one slot a day on days 1 to 7: by the end of week 1 all three are seen.
        var settings = new SimulationSettings([3, 0, 10], Demand: 0, Weeks: 1, Replications: 5);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 7, cancellationToken: Ct);

        Assert.Equal([0, 1], result.Weeks.Select(w => w.Week));
        Assert.Equal(new SimulatedRange(3, 3, 3), result.Weeks[0].QueueSize);
        Assert.Equal(new SimulatedRange(0, 0, 0), result.Weeks[1].QueueSize);
    }

    [Fact]
    public void Run_OneAWeek_HasItsSlotOnTheWeeksLastDay_ForTheLongestWaiter()
    {
        // 130 days waited is over 18 weeks at the census; 1 a week gives one slot, on day 7, and it goes to the longest wait.
        var settings = new SimulationSettings([130, 0, 5], Demand: 0, Weeks: 3, Replications: 3);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 1, cancellationToken: Ct);

        Assert.Equal([3, 2, 1, 0], result.Weeks.Select(w => w.QueueSize.Median));
        Assert.Equal([1, 0, 0, 0], result.Weeks.Select(w => w.Over18Weeks.Median));
        var over18 = result.Clearances.Single(c => c.OverWeeks == 18);
        Assert.Equal((1, 1, 1, 3), (over18.P10, over18.Median, over18.P90, over18.Cleared));

        // Nobody was over 52 weeks: cleared at week 0 (the census) in every replication.
        Assert.Equal(0, result.Clearances.Single(c => c.OverWeeks == 52).Median);
    }

    [Fact]
    public void Run_NoCapacity_LongWaitsGrowAndNeverClear()
    {
        // 120 days at the census: over 18 weeks (126 days) from day 7 on, so from the end of week 1.
        var settings = new SimulationSettings([120, 400], Demand: 0, Weeks: 2, Replications: 4);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 0, cancellationToken: Ct);

        Assert.Equal([1, 2, 2], result.Weeks.Select(w => w.Over18Weeks.Median));
        Assert.Equal([1, 1, 1], result.Weeks.Select(w => w.Over52Weeks.Median)); // 400 days is over 52 weeks (364) but not 65 (455)
        Assert.Equal([0, 0, 0], result.Weeks.Select(w => w.Over65Weeks.Median));
        var over18 = result.Clearances.Single(c => c.OverWeeks == 18);
        Assert.Equal((null, null, null, 0), (over18.P10, over18.Median, over18.P90, over18.Cleared));
        Assert.Equal([18, 52, 65, 78], result.Clearances.Select(c => c.OverWeeks));
    }

    [Fact]
    public void Run_PoissonDemand_AddsAboutDemandAWeek()
    {
        var settings = new SimulationSettings([], Demand: 70, Weeks: 10, Replications: 200, Seed: 3);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 0, cancellationToken: Ct);

        // Poisson(700) after 10 weeks: mean 700, standard deviation 26.5; the 10th and 90th percentiles about 666 and 734.
        var week10 = result.Weeks[10].QueueSize;
        Assert.InRange(week10.Median, 690, 710);
        Assert.InRange(week10.P10, 650, 680);
        Assert.InRange(week10.P90, 720, 750);
    }

    [Fact]
    public void Run_CapacityAboveDemand_KeepsTheListShort()
    {
        var settings = new SimulationSettings(Spread(500, maxDays: 300), Demand: 30, Weeks: 52, Seed: 5);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 40, cancellationToken: Ct);

        // 500 waiting, 10 a week net: cleared of the backlog in about 50 weeks, the 18-week waits well before.
        Assert.True(result.Weeks[52].QueueSize.Median < 100);
        Assert.Equal(0, result.Weeks[52].Over18Weeks.P90);
        Assert.NotNull(result.Clearances.Single(c => c.OverWeeks == 18).P90);
    }

    [Fact]
    public void Run_WithdrawalOfOne_EmptiesTheListAtEachWeeksEnd()
    {
        var settings = new SimulationSettings(Spread(100, maxDays: 50), Demand: 20, Weeks: 3, WithdrawalProbability: 1, Replications: 10);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 0, cancellationToken: Ct);

        Assert.Equal(100, result.Weeks[0].QueueSize.Median);
        Assert.All(result.Weeks.Skip(1), w => Assert.Equal(new SimulatedRange(0, 0, 0), w.QueueSize));
    }

    [Fact]
    public void Run_WeeklyWithdrawal_RemovesThatShareEachWeek()
    {
        var settings = new SimulationSettings(Spread(2_000, maxDays: 50), Demand: 0, Weeks: 2, WithdrawalProbability: 0.1, Replications: 200);

        var result = WaitingListSimulator.Run(settings, weeklyCapacity: 0, cancellationToken: Ct);

        // Binomial: 2,000 × 0.9 = 1,800 after a week (sd 13.4) and 2,000 × 0.81 = 1,620 after two (sd 17.5).
        Assert.InRange(result.Weeks[1].QueueSize.Median, 1_790, 1_810);
        Assert.InRange(result.Weeks[2].QueueSize.Median, 1_605, 1_635);
    }

    [Fact]
    public void Run_SameSeed_GivesIdenticalResults_WhateverTheParallelism()
    {
        var settings = new SimulationSettings(Spread(3_000, maxDays: 600), Demand: 40, Weeks: 26, WithdrawalProbability: 0.02, Replications: 64, Seed: 42);

        var one = WaitingListSimulator.Run(settings, 38, maxDegreeOfParallelism: 1, cancellationToken: Ct);
        var two = WaitingListSimulator.Run(settings, 38, maxDegreeOfParallelism: 2, cancellationToken: Ct);
        var all = WaitingListSimulator.Run(settings, 38, cancellationToken: Ct);
        var four = WaitingListSimulator.Run(settings, 38, maxDegreeOfParallelism: 4, cancellationToken: Ct);

        Assert.Equal(one.Weeks, two.Weeks);
        Assert.Equal(one.Weeks, all.Weeks);
        Assert.Equal(one.Weeks, four.Weeks);
        Assert.Equal(one.Clearances, two.Clearances);
        Assert.Equal(one.Clearances, four.Clearances);
        Assert.Equal(one.Clearances, all.Clearances);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentResults()
    {
        var settings = new SimulationSettings(Spread(1_000, maxDays: 400), Demand: 25, Weeks: 26, WithdrawalProbability: 0.01, Replications: 50);

        var first = WaitingListSimulator.Run(settings with { Seed = 1 }, 25, cancellationToken: Ct);
        var second = WaitingListSimulator.Run(settings with { Seed = 2 }, 25, cancellationToken: Ct);

        Assert.NotEqual(first.Weeks, second.Weeks);
        Assert.Equal(first.Weeks[0], second.Weeks[0]); // the census is the same list, whatever the seed
    }

    [Fact]
    public void RunScenarios_GivesOneResultPerScenarioInOrder_WithTheSameReferralsInEach()
    {
        var settings = new SimulationSettings(Spread(800, maxDays: 500), Demand: 30, Weeks: 26, Replications: 40, Seed: 9);
        var model = WaitingListModel.Calculate(new WaitingListModelInput(30, 27, 800, 18));
        var scenarios = CapacityScenario.Standard(27, model, userCapacity: 0);

        var results = WaitingListSimulator.RunScenarios(settings, scenarios, cancellationToken: Ct);

        Assert.Equal(["current", "target", "relief", "user"], results.Select(r => r.Name));
        Assert.Equal([27, model.TargetCapacity, model.ReliefCapacity, 0], results.Select(r => r.Capacity));
        Assert.Equal(results.Select(r => r.Capacity), results.Select(r => r.Result.Capacity));

        // Each scenario is the same as running its capacity alone with the same seed.
        Assert.Equal(WaitingListSimulator.Run(settings, model.ReliefCapacity, cancellationToken: Ct).Weeks, results[2].Result.Weeks);

        // With nobody removed, the list is the census plus every referral: the same referrals as any other scenario would see.
        var user = results[3].Result.Weeks[26].QueueSize;
        Assert.True(user.Median > 800 + 700);
        Assert.True(results[2].Result.Weeks[26].QueueSize.Median < results[0].Result.Weeks[26].QueueSize.Median);
    }

    [Fact]
    public void RunScenarios_DuplicateOrNegativeCapacities_AreRejected()
    {
        var settings = new SimulationSettings([1], Demand: 1, Weeks: 1, Replications: 1);

        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.RunScenarios(settings, [new("a", 1), new("a", 2)], cancellationToken: Ct));
        var error = Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.RunScenarios(settings, [new("user", -1)], cancellationToken: Ct));
        Assert.Equal("The user capacity must be a number from 0 to 1,000,000 removals a week (not -1).", error.Message);
    }

    [Fact]
    public void Run_SettingsItCannotUse_AreRejected()
    {
        var settings = new SimulationSettings([5], Demand: 1, Weeks: 4);

        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings with { Weeks = 0 }, 1, cancellationToken: Ct));
        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings with { Replications = 0 }, 1, cancellationToken: Ct));
        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings with { Demand = -1 }, 1, cancellationToken: Ct));
        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings with { WithdrawalProbability = 1.5 }, 1, cancellationToken: Ct));
        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings with { InitialDaysWaited = [3, -1] }, 1, cancellationToken: Ct));
        Assert.Throws<WaitingListInputException>(() => WaitingListSimulator.Run(settings, double.NaN, cancellationToken: Ct));
    }

    [Fact]
    public void Standard_ScenariosAreCurrentTargetReliefAndTheUsersWhenGiven()
    {
        var model = WaitingListModel.Calculate(new WaitingListModelInput(30, 27, 1200, 52));

        Assert.Equal(
            [new("current", 27), new("target", model.TargetCapacity), new CapacityScenario("relief", model.ReliefCapacity)],
            CapacityScenario.Standard(27, model));
        Assert.Equal(new CapacityScenario("user", 45), CapacityScenario.Standard(27, model, 45)[3]);
    }

    /// <summary>A census list for tests: <paramref name="count"/> waits spread evenly from 0 to under <paramref name="maxDays"/>, so it needs no random numbers.</summary>
    private static int[] Spread(int count, int maxDays) => [.. Enumerable.Range(0, count).Select(i => (int)((long)i * maxDays / count))];
}
