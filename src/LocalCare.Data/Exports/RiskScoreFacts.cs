using LocalCare.Core.Exports;
using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>fact_risk_score</c>: a risk's score history, every re-score with its date, for charts of scores over time.</summary>
public sealed class RiskScoreFacts : ExportTableSource
{
    public override string Name => "fact_risk_score";

    public override string Grain => "One row per score a risk has been given (raised or re-scored), oldest first.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("risk_code", "The risk (dim_risk)."),
        Integer("number", "1, 2, … in the order the scores were recorded."),
        Date("scored_on", "The day the score was given."),
        Date("month_key", "The first day of that month (dim_month.month_key)."),
        Integer("likelihood", "1 (rare) to 5 (almost certain)."),
        Integer("consequence", "1 (negligible) to 5 (catastrophic)."),
        Integer("score", "Likelihood × consequence, 1 to 25."),
        Text("band", "low, moderate, high or extreme, as the NHS matrix bands the score."),
        Text("note", "Why the score changed."),
        Text("recorded_by", "Who recorded it (a user name, or system for set-up)."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var points = await sources.Db.RiskScorePoints.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var p in points.OrderBy(p => p.RiskCode, StringComparer.Ordinal).ThenBy(p => p.Number))
        {
            table.Add(
                p.RiskCode, p.Number, p.On, new DateOnly(p.On.Year, p.On.Month, 1), p.Likelihood, p.Consequence, p.Score.Score,
                p.Score.Band.ToCode(), p.Note, p.RecordedBy);
        }
    }
}
