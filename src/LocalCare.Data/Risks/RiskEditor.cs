using System.Globalization;
using LocalCare.Core.Inputs;
using LocalCare.Core.Risks;
using LocalCare.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Risks;

/// <summary>
/// Changes the risk register: raises a risk (code <c>R-001</c>, …, with its first history point), changes its details and links,
/// re-scores it (a new current score and a history point), records a review (the next review date), and adds or updates its
/// actions. Each edit checks the user first (<see cref="RiskPermissions"/>), then what was typed, and is saved in one go; the
/// audit trail records it (subject <c>risk:CODE</c>). "Today" is the UK date of <paramref name="clock"/>.
/// </summary>
public sealed class RiskEditor(LocalCareDbContext db, RiskRegister register, TimeProvider clock)
{
    public const string CodePrefix = "R-";

    public DateOnly Today => UkTime.Today(clock);

    /// <summary>The code after the highest <c>R-NNN</c> in use.</summary>
    public static string NextCode(IEnumerable<string> codes)
    {
        var highest = codes.Where(c => c.StartsWith(CodePrefix, StringComparison.Ordinal))
            .Select(c => int.TryParse(c[CodePrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return CodePrefix + (highest + 1).ToString("000", CultureInfo.InvariantCulture);
    }

    public async Task<RiskEditResult> RaiseAsync(RiskDraft draft, IReadOnlyCollection<string> roles, string actor, CancellationToken cancellationToken)
    {
        if (!RiskPermissions.CanEdit(roles))
        {
            return RiskEditResult.Forbidden;
        }

        if (draft.Problems(raising: true, await register.KnownLinksAsync(cancellationToken)) is { Count: > 0 } problems)
        {
            return RiskEditResult.Invalid(problems);
        }

        var code = NextCode(await db.Risks.Select(r => r.Code).ToListAsync(cancellationToken));
        var risk = draft.ToRisk(code, Today);
        risk.Links = [.. draft.LinkTargets().Select(l => new RiskLink { RiskCode = code, Kind = l.Kind, Target = l.Target })];
        risk.History = [new RiskScorePoint { RiskCode = code, Number = 1, On = Today, Likelihood = risk.CurrentLikelihood, Consequence = risk.CurrentConsequence, Note = "Raised", RecordedBy = actor }];
        db.Risks.Add(risk);
        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Changes a risk's details, initial and target scores, review date and links; the current score is left to re-scoring.</summary>
    public async Task<RiskEditResult> UpdateAsync(string code, RiskDraft draft, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!RiskPermissions.CanEdit(roles))
        {
            return RiskEditResult.Forbidden;
        }

        if (await db.Risks.Include(r => r.Links).SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } risk)
        {
            return RiskEditResult.NotFound(code);
        }

        if (draft.Problems(raising: false, await register.KnownLinksAsync(cancellationToken)) is { Count: > 0 } problems)
        {
            return RiskEditResult.Invalid(problems);
        }

        draft.ApplyTo(risk);
        var wanted = draft.LinkTargets().ToHashSet();
        risk.Links.RemoveAll(l => !wanted.Contains((l.Kind, l.Target)));
        foreach (var (kind, target) in wanted.Where(w => !risk.Links.Any(l => l.Kind == w.Kind && l.Target == w.Target)))
        {
            risk.Links.Add(new RiskLink { RiskCode = code, Kind = kind, Target = target });
        }

        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Gives the risk a new current score today: the score changes and a history point records it with the note.</summary>
    public async Task<RiskEditResult> RescoreAsync(string code, RiskRescore rescore, IReadOnlyCollection<string> roles, string actor, CancellationToken cancellationToken)
    {
        if (await db.Risks.Include(r => r.History).SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } risk)
        {
            return RiskEditResult.NotFound(code);
        }

        if (!RiskPermissions.CanRescore(roles, actor, risk))
        {
            return RiskEditResult.Forbidden;
        }

        if (rescore.Problems() is { Count: > 0 } problems)
        {
            return RiskEditResult.Invalid(problems);
        }

        var score = rescore.Score;
        risk.CurrentLikelihood = score.Likelihood;
        risk.CurrentConsequence = score.Consequence;
        risk.History.Add(new RiskScorePoint
        {
            RiskCode = code,
            Number = risk.History.Select(p => p.Number).DefaultIfEmpty(0).Max() + 1,
            On = Today,
            Likelihood = score.Likelihood,
            Consequence = score.Consequence,
            Note = rescore.Note?.Trim() ?? "",
            RecordedBy = actor,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Records that the risk was reviewed today and when the next review is due.</summary>
    public async Task<RiskEditResult> ReviewAsync(string code, RiskReview review, IReadOnlyCollection<string> roles, string actor, CancellationToken cancellationToken)
    {
        if (await db.Risks.SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } risk)
        {
            return RiskEditResult.NotFound(code);
        }

        if (!RiskPermissions.CanRescore(roles, actor, risk))
        {
            return RiskEditResult.Forbidden;
        }

        if (review.Problems(Today) is { Count: > 0 } problems)
        {
            return RiskEditResult.Invalid(problems);
        }

        risk.LastReviewedOn = Today;
        risk.ReviewDate = RiskFields.ParseDate(review.NextReview)!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Adds an action to the risk (editors only).</summary>
    public async Task<RiskEditResult> AddActionAsync(string code, RiskActionDraft action, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!RiskPermissions.CanEdit(roles))
        {
            return RiskEditResult.Forbidden;
        }

        if (await db.Risks.Include(r => r.Actions).SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } risk)
        {
            return RiskEditResult.NotFound(code);
        }

        if (action.Problems() is { Count: > 0 } problems)
        {
            return RiskEditResult.Invalid(problems);
        }

        risk.Actions.Add(new RiskAction
        {
            RiskCode = code,
            Number = risk.Actions.Select(a => a.Number).DefaultIfEmpty(0).Max() + 1,
            Description = action.Description!.Trim(),
            Owner = action.Owner!.Trim(),
            Due = action.DueDate,
            Status = action.StatusOrOpen,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Changes an action's status (editors only).</summary>
    public async Task<RiskEditResult> SetActionStatusAsync(string code, int number, string? status, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!RiskPermissions.CanEdit(roles))
        {
            return RiskEditResult.Forbidden;
        }

        if (await db.RiskActions.SingleOrDefaultAsync(a => a.RiskCode == code && a.Number == number, cancellationToken) is not { } action)
        {
            return RiskEditResult.NotFound(code);
        }

        if (RiskActionStatuses.Parse(status) is not { } parsed)
        {
            return RiskEditResult.Invalid([new FieldProblem(RiskFields.ActionStatus, "Select the action's status")]);
        }

        action.Status = parsed;
        await db.SaveChangesAsync(cancellationToken);
        return RiskEditResult.Saved(code);
    }

    /// <summary>Sets a board's risk appetite (1–25); the caller checks that the user configures boards.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> SetAppetiteAsync(string boardCode, string? appetite, CancellationToken cancellationToken)
    {
        if (await db.Boards.SingleOrDefaultAsync(b => b.Code == boardCode, cancellationToken) is not { } board)
        {
            return null;
        }

        if (!int.TryParse(appetite?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !RiskAppetite.IsValid(value))
        {
            return [new FieldProblem(RiskFields.Appetite, "The risk appetite must be a whole number from 1 to 25")];
        }

        board.RiskAppetite = value;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
