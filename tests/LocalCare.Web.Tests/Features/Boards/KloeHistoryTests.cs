using LocalCare.Data;
using LocalCare.Web.Tests.Features.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>A KLOE's metric links (<c>kloe:CODE</c>) are in the history of the board that monitors it and of its plan year.</summary>
public sealed class KloeHistoryTests(NoActivityWebFactory factory) : IClassFixture<NoActivityWebFactory>
{
    [Fact]
    public async Task ALinkRemoved_IsInTheBoardsAndThePlansHistory_WithItsMetricBefore()
    {
        string metric;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            var link = await db.KloeMetrics.Where(k => k.KloeCode == "K2425-QUALITY").OrderBy(k => k.MetricId).FirstAsync(ct);
            metric = link.MetricId;
            db.KloeMetrics.Remove(link);
            await db.SaveChangesAsync(ct);
        }

        using var client = await factory.CreateSignedInClientAsync();
        var board = HistoryRows.Of(await client.GetHtmlAsync("/boards/HPB"));
        var plan = HistoryRows.Of(await client.GetHtmlAsync("/plan?year=2024/25"));

        foreach (var rows in new[] { board, plan })
        {
            Assert.Contains(rows, r => r.Contains($"KloeMetric metric {metric} deleted", StringComparison.Ordinal)
                && r.Contains("KloeCode: K2425-QUALITY → –", StringComparison.Ordinal) && r.Contains($"MetricId: {metric} → –", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ALinkOfAKloeAnotherBoardMonitors_IsNotInThisBoardsHistory()
    {
        string kloe, metric;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            var link = await db.KloeMetrics.Where(k => db.Kloes.Any(x => x.Code == k.KloeCode && x.BoardCode != "HPB")).OrderBy(k => k.KloeCode).ThenBy(k => k.MetricId).FirstAsync(ct);
            (kloe, metric) = (link.KloeCode, link.MetricId);
            db.KloeMetrics.Remove(link);
            await db.SaveChangesAsync(ct);
        }

        var board = await factory.QueryAsync(db => db.Kloes.Where(k => k.Code == kloe).Select(k => k.BoardCode).SingleAsync(TestContext.Current.CancellationToken));
        using var client = await factory.CreateSignedInClientAsync();

        bool Removed(string row) => row.Contains($"KloeMetric metric {metric} deleted", StringComparison.Ordinal) && row.Contains($"KloeCode: {kloe} → –", StringComparison.Ordinal);
        Assert.NotEqual("HPB", board);
        Assert.Contains(HistoryRows.Of(await client.GetHtmlAsync("/boards/" + Uri.EscapeDataString(board))), Removed);
        Assert.DoesNotContain(HistoryRows.Of(await client.GetHtmlAsync("/boards/HPB")), Removed);
    }
}
