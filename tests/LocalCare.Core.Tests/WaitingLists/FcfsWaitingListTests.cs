using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class FcfsWaitingListTests
{
    [Fact]
    public void AWeekAtSevenAWeek_ServesFirstComeFirstServed_AndOnlyThoseReceivedBeforeTheSlotsDay()
    {
        // Capacity 7 a week is one slot a day. One person had waited 2 days at the census (received day −2); referrals on days 1, 3, 3 and 5.
        var slots = SlotSchedule.SlotsPerDay(7, 7);
        var arrivals = new Dictionary<int, int> { [1] = 1, [3] = 2, [5] = 1 };
        var list = new FcfsWaitingList();
        list.Reset([-2]);

        var served = new List<int>();
        var waiting = new List<int>();
        for (var day = 1; day <= 7; day++)
        {
            served.Add(list.Serve(day, slots[day]));
            for (var i = 0; i < arrivals.GetValueOrDefault(day); i++)
            {
                list.Add(day);
            }

            waiting.Add(list.Count);
        }

        // Day 1: the census person. Day 2: day 1's referral. Day 3: nobody was received before day 3, so the slot is lost (day 3's two
        // referrals arrived on the slot's day). Days 4 and 5: the two from day 3. Day 6: day 5's referral. Day 7: lost again.
        Assert.Equal([1, 1, 0, 1, 1, 1, 0], served);
        Assert.Equal([1, 0, 2, 1, 1, 0, 0], waiting);
    }

    [Fact]
    public void Serve_AReferralReceivedOnTheSlotsDay_IsNotServedByThatSlot()
    {
        var list = new FcfsWaitingList();
        list.Reset([]);
        list.Add(3);

        Assert.Equal(0, list.Serve(3, 1));
        Assert.Equal(1, list.Count);
        Assert.Equal(1, list.Serve(4, 1));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Serve_MoreSlotsThanPeople_LosesTheRest()
    {
        var list = new FcfsWaitingList();
        list.Reset([-5, -1]);

        Assert.Equal(2, list.Serve(1, 5));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void CountWaitingOver_CountsMoreThanSevenTimesTheWeeksInDays()
    {
        var list = new FcfsWaitingList();
        list.Reset([-200, -127, -126, 0]);

        // At the census: 200 and 127 days are over 18 weeks (126 days); 126 is not.
        Assert.Equal(2, list.CountWaitingOver(day: 0, weeks: 18));

        // A day later the 126 has become 127.
        Assert.Equal(3, list.CountWaitingOver(day: 1, weeks: 18));
        Assert.Equal(0, list.CountWaitingOver(day: 1, weeks: 52));
        Assert.Equal(4, list.CountReceivedBefore(1));
    }

    [Fact]
    public void Withdraw_CertainAndImpossible_RemoveEveryoneOrNobody()
    {
        var random = SimulationRandom.For(1, 0, 1);
        var list = new FcfsWaitingList();
        list.Reset([-3, -2, -1]);

        Assert.Equal(0, list.Withdraw(ref random, 0));
        Assert.Equal(3, list.Count);
        Assert.Equal(3, list.Withdraw(ref random, 1));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Withdraw_AQuarter_RemovesAboutAQuarter_AndKeepsTheRestInOrder()
    {
        var random = SimulationRandom.For(7, 0, 1);
        var list = new FcfsWaitingList();
        list.Reset([.. Enumerable.Range(-10_000, 10_000)]);

        var withdrawn = list.Withdraw(ref random, 0.25);

        // Binomial(10,000, 0.25): mean 2,500, standard deviation about 43.
        Assert.InRange(withdrawn, 2_370, 2_630);
        Assert.Equal(10_000 - withdrawn, list.Count);

        // The stayers keep their order: about three quarters of the older half are left, and serving all but one leaves one of the newest
        // (that all of days −100 to −1 withdrew has probability 0.25¹⁰⁰).
        Assert.InRange(list.CountReceivedBefore(-5_000), 3_650, 3_850);
        list.Serve(1, list.Count - 1);
        Assert.Equal(1, list.Count);
        Assert.Equal(0, list.CountReceivedBefore(-100));
    }

    [Fact]
    public void Add_BeyondTheBuffer_GrowsAndKeepsEveryone()
    {
        var list = new FcfsWaitingList(capacity: 1);
        list.Reset([]);
        for (var day = 1; day <= 1_000; day++)
        {
            list.Serve(day, 1);
            list.Add(day);
            list.Add(day);
        }

        // 2,000 referrals, one served each day from day 2: the first 999 in order are days 1 to 499 and one of day 500's two.
        Assert.Equal(1_001, list.Count);
        Assert.Equal(1, list.CountReceivedBefore(501));
        Assert.Equal(999, list.CountWaitingOver(1_000, 0));
    }

    [Fact]
    public void AddOrReset_OutOfOrder_IsRejected()
    {
        var list = new FcfsWaitingList();
        Assert.Throws<ArgumentException>(() => list.Reset([0, -5]));
        list.Reset([-1]);
        list.Add(4);
        Assert.Throws<ArgumentException>(() => list.Add(3));
    }
}
