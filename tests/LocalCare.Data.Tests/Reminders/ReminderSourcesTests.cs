using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Plans;
using LocalCare.Core.Reminders;
using LocalCare.Data.Demo;
using LocalCare.Data.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Reminders;

/// <summary>Each reminder source on the demo: the demo plan year is 2024/25 and the web tests' "today" 15 January 2025.</summary>
public sealed class ReminderSourcesTests(ReminderDemo demo) : IClassFixture<ReminderDemo>
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BoardActions_TheOpenAndInProgressOnes_WithTheirJobTitleOwners()
    {
        var items = await demo.ItemsAsync(ReminderKind.BoardAction, Today);

        // HPB-A-001 is closed; HPB-A-004 (due 31 March 2025) is beyond the look-ahead.
        Assert.Equal(["HPB-A-002", "HPB-A-003"], items.Select(i => i.Title.Split(' ')[0]).Order(StringComparer.Ordinal));
        var validate = items.Single(i => i.Title.StartsWith("HPB-A-003", StringComparison.Ordinal));
        Assert.Equal(("Director of Operations", new DateOnly(2024, 11, 30), "/boards/HPB/actions", (string?)null), (validate.Owner, validate.Due, validate.Link, validate.UserName));
        Assert.Contains(await demo.ItemsAsync(ReminderKind.BoardAction, new DateOnly(2025, 3, 17)), i => i.Title.StartsWith("HPB-A-004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RiskReviews_OverdueAndDueWithinTheLookAhead_ToTheRisksOwner()
    {
        var items = await demo.ItemsAsync(ReminderKind.RiskReview, Today);
        await using var scope = demo.Database.Scope();
        var risks = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().Risks.AsNoTracking().ToListAsync(Ct);
        var expected = risks.Where(r => r.ReviewDate <= Today.AddDays(14)).Select(r => r.Code).Order(StringComparer.Ordinal).ToList();

        // The demo has overdue for review on 15 January 2025.
        Assert.Equal(expected, items.Select(i => i.Title.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.Contains("R-004", expected);
        Assert.Contains("R-005", expected);
        Assert.DoesNotContain(risks.Where(r => r.ReviewDate > Today.AddDays(14)), r => items.Any(i => i.Title.StartsWith(r.Code, StringComparison.Ordinal)));
        var r004 = risks.Single(r => r.Code == "R-004");
        var item = items.Single(i => i.Title.StartsWith("R-004", StringComparison.Ordinal));
        Assert.Equal((r004.OwnerUserName, r004.Owner, r004.ReviewDate, "/risks/R-004", true), (item.UserName, item.Owner, item.Due, item.Link, item.IsOverdueOn(Today)));
    }

    [Fact]
    public async Task QuarterlyUpdates_OwedForTheOpenQuarter_ToTheUpdateWriter_ByItsDeadline()
    {
        // Q1–Q3 are locked in the demo, so on 20 April 2025 the open quarter of 2024/25 is Q4, due 30 April; 2025/26 has
        // begun too, and the deliverables carried into it owe their Q1 update by 31 July.
        var all = await demo.ItemsAsync(ReminderKind.QuarterlyUpdate, new DateOnly(2025, 4, 20));
        var items = all.Where(i => i.Title.EndsWith("2024/25 Q4 update", StringComparison.Ordinal)).ToList();
        var next = all.Except(items).ToList();
        Assert.Equal(["D2526-ASC-01", "D2526-CH-01", "D2526-CH-02"], next.Select(i => i.Title.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.All(next, i => Assert.Equal((new DateOnly(2025, 7, 31), true), (i.Due, i.Title.EndsWith("2025/26 Q1 update", StringComparison.Ordinal))));

        var expected = DemoPlan.Deliverables().Where(d => d.UpdateFor(4) is null && !d.DeliveredBefore(4)).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, items.Select(i => i.Title.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal(new DateOnly(2025, 4, 30), i.Due));
        var first = DemoPlan.Deliverables().Single(d => d.Code == expected[0]);
        var item = items.Single(i => i.Title.StartsWith(first.Code + " ", StringComparison.Ordinal));
        Assert.Equal((first.OwnerUserName, first.Owner, $"/deliverables/{first.Code}/updates/4"), (item.UserName, item.Owner, item.Link));
        Assert.Contains("2024/25 Q4 update", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarterlyUpdates_NoneWhileEveryStartedQuarterIsLockedOrWritten()
    {
        // 15 January 2025: Q4 is open but every deliverable's Q4 update is due 30 April; the items are there for the window to hold back.
        var items = await demo.ItemsAsync(ReminderKind.QuarterlyUpdate, Today);

        Assert.All(items, i => Assert.Equal(new DateOnly(2025, 4, 30), i.Due));
        Assert.Empty(ReminderDigest.ForEveryone(Today, items));
    }

    [Fact]
    public async Task ServicePlans_NotSubmittedThisYear_GoToWhoeverLooksAfterTheUnit_OthersUnmatched()
    {
        var items = await demo.ItemsAsync(ReminderKind.ServicePlan, Today);

        var thisYear = items.Where(i => i.Title.Contains("2024/25", StringComparison.Ordinal)).ToList();
        // The demo manager looks after North and Podiatry: its draft, returned and not-started plans.
        Assert.Equal(
            ["/service-plans/2024/HOME-PATH-N", "/service-plans/2024/INT-CC", "/service-plans/2024/INT-CITY", "/service-plans/2024/INT-HCHB", "/service-plans/2024/PODIATRY"],
            thisYear.Where(i => i.UserName == "manager").Select(i => i.Link).Order(StringComparer.Ordinal));
        Assert.All(thisYear, i => Assert.Equal(new DateOnly(2024, 3, 15), i.Due));
        var orphan = thisYear.Single(i => i.Link == "/service-plans/2024/INT-GL");
        Assert.Null(orphan.UserName);
        Assert.DoesNotContain(thisYear, i => i.Link == "/service-plans/2024/INT-MNHMP"); // submitted
        Assert.DoesNotContain(thisYear, i => i.Link == "/service-plans/2024/INT-ABC"); // approved
    }

    [Fact]
    public async Task ServicePlans_NextYearsAreDueOnTheSubmissionDeadline()
    {
        var items = await demo.ItemsAsync(ReminderKind.ServicePlan, new DateOnly(2025, 3, 1));

        var next = items.Where(i => i.Title.Contains("2025/26", StringComparison.Ordinal)).ToList();
        Assert.Contains(next, i => i.Link == "/service-plans/2025/INT-ABC" && i.UserName == "manager" && i.Due == new DateOnly(2025, 3, 15));
        Assert.Contains(next, i => i.Link == "/service-plans/2025/MSK" && i.UserName is null && i.Due == new DateOnly(2025, 3, 15));
    }

    [Fact]
    public async Task Narratives_EachExceptionWithoutANarrative_AtTheNextMeeting_ToTheAccountableUser_ByThePapersDeadline()
    {
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var date = new DateOnly(2025, 2, 10);
        var meeting = await db.Meetings.Where(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date >= date).OrderBy(m => m.Date).FirstAsync(Ct);
        var metric = await db.Metrics.Where(m => m.BoardCode == StandardBoards.HealthPerformance).OrderBy(m => m.Id).FirstAsync(Ct);
        db.ExceptionFlags.Add(new ExceptionFlag { MeetingId = meeting.Id, MetricId = metric.Id, FlaggedBy = "test", Reason = "Asked for by the chair" });
        await db.SaveChangesAsync(Ct);

        var items = await demo.ItemsAsync(ReminderKind.ExceptionNarrative, date);

        var item = Assert.Single(items, i => i.Link == $"/meetings/{meeting.Id}/narratives/{metric.Id}");
        Assert.Equal(("manager", Papers.DeadlineFor(meeting.Date)), (item.UserName, item.Due));
        Assert.Equal(meeting.Date.AddDays(-7), item.Due);
        Assert.Contains(metric.Name, item.Title, StringComparison.Ordinal);

        db.Narratives.Add(new NarrativeRecord { MeetingId = meeting.Id, MetricId = metric.Id, WhatTheChartTellsUs = "Written", AccountablePerson = "manager" });
        await db.SaveChangesAsync(Ct);
        Assert.DoesNotContain(await demo.ItemsAsync(ReminderKind.ExceptionNarrative, date), i => i.Link == item.Link);
    }

    [Fact]
    public async Task Narratives_NoneWhenThePapersDeadlineIsBeyondTheLookAhead()
    {
        // The day after February's meetings (19 February 2025) the next are on 19 March, their papers due 12 March: beyond 6 March.
        Assert.Empty(await demo.ItemsAsync(ReminderKind.ExceptionNarrative, new DateOnly(2025, 2, 20)));
        Assert.NotEmpty(await demo.ItemsAsync(ReminderKind.ExceptionNarrative, new DateOnly(2025, 2, 26)));
    }

    [Fact]
    public async Task AuditActions_OpenOnes_UntilCompleted()
    {
        // The demo has no commissioning data (it comes from 'localcare generate' and an import): add one audit with two actions.
        await using (var scope = demo.Database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.Providers.Add(new Provider { Code = "RP01", Name = "Rowan House", ServiceType = ProviderServiceType.CareHomeNursing, IsLocal = true });
            db.QualityAudits.Add(new QualityAudit { Code = "RQA-01", ProviderCode = "RP01", AuditDate = new DateOnly(2024, 12, 1), Auditor = "Quality team", Overall = AuditRating.RequiresImprovement });
            db.AuditActions.AddRange(
                new AuditAction { Code = "RQA-01-A1", AuditCode = "RQA-01", KeyQuestion = KeyQuestion.Safe, Description = "Update falls risk assessments", Owner = "Registered manager", DueDate = new DateOnly(2025, 1, 10) },
                new AuditAction { Code = "RQA-01-A2", AuditCode = "RQA-01", KeyQuestion = KeyQuestion.Safe, Description = "Train night staff", Owner = "Director of Operations", DueDate = new DateOnly(2025, 1, 20), CompletedDate = new DateOnly(2025, 1, 14) });
            await db.SaveChangesAsync(Ct);
        }

        var items = await demo.ItemsAsync(ReminderKind.AuditAction, Today);

        var open = Assert.Single(items, i => i.Title.StartsWith("RQA-01", StringComparison.Ordinal));
        Assert.Equal(("RQA-01-A1 Update falls risk assessments (Rowan House)", "Registered manager", new DateOnly(2025, 1, 10), "/commissioning/audits/RQA-01"), (open.Title, open.Owner, open.Due, open.Link));
        // Before its completion date the second action was still open.
        Assert.Contains(await demo.ItemsAsync(ReminderKind.AuditAction, new DateOnly(2025, 1, 13)), i => i.Title.StartsWith("RQA-01-A2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collection_MapsJobTitlesThroughTheOwnersSetting_AndListsTheRestAsUnmatched()
    {
        await using var scope = demo.Database.Scope();
        var overview = await ReminderDemo.Collection(scope.ServiceProvider).ForAsync(Today, Ct);

        Assert.Contains(overview.For("manager").Overdue, i => i.Title.StartsWith("HPB-A-003", StringComparison.Ordinal));
        Assert.Contains(overview.For("executive").Overdue, i => i.Title.StartsWith("HPB-A-002", StringComparison.Ordinal));
        Assert.DoesNotContain(overview.Unmatched, i => i.Kind == ReminderKind.BoardAction);

        var unmapped = await ReminderDemo.Collection(scope.ServiceProvider, owners: "").ForAsync(Today, Ct);
        Assert.Contains(unmapped.Unmatched, i => i.Owner == "Chief Nurse" && i.Title.StartsWith("HPB-A-002", StringComparison.Ordinal));
        Assert.DoesNotContain(unmapped.For("executive").Items, i => i.Kind == ReminderKind.BoardAction);
        Assert.Contains(unmapped.Unmatched, i => i.Kind == ReminderKind.ServicePlan && i.Link == "/service-plans/2024/INT-GL");
    }
}
