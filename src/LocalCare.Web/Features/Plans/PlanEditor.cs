using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>A priority as a form or the API posts it; the short code only when adding one.</summary>
public sealed class PriorityInput
{
    public string? ShortCode { get; set; }

    public string? Name { get; set; }

    public string? Summary { get; set; }

    public string? Order { get; set; }

    public IReadOnlyList<FieldProblem> Problems(bool adding)
    {
        var problems = new List<FieldProblem>();
        if (adding && !PlanCodes.IsShortCode(ShortCode?.Trim()))
        {
            problems.Add(new("short-code", "Enter a short code of 2 to 12 capital letters, digits or hyphens, starting with a letter, such as SAFE"));
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new("name", "Enter the priority's name"));
        }
        else if (Name.Trim().Length > 200)
        {
            problems.Add(new("name", "The name must be 200 characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            problems.Add(new("summary", "Enter a summary of the priority"));
        }
        else if (Summary.Trim().Length > 2000)
        {
            problems.Add(new("summary", "The summary must be 2,000 characters or fewer"));
        }

        if (!adding && !(int.TryParse(Order?.Trim(), out var order) && order is >= 1 and <= 99))
        {
            problems.Add(new("order", "The order must be a whole number from 1 to 99"));
        }

        return problems;
    }
}

/// <summary>
/// Edits the plan of a year (executives and administrators): its vision and priorities; and the workplans, which every year
/// and every priority share (a workplan has no year: adding or renaming one does so for every plan year).
/// </summary>
public sealed class PlanEditor(LocalCareDbContext db)
{
    public const int MaxVisionLine = 500;

    /// <summary>Replaces the year's vision with <paramref name="lines"/> (empty lines dropped).</summary>
    public async Task<IReadOnlyList<FieldProblem>> SetVisionAsync(PlanYear year, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var statements = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (statements.Count == 0)
        {
            return [new("vision", "Enter at least one vision statement")];
        }

        if (statements.FindIndex(l => l.Length > MaxVisionLine) is var tooLong and >= 0)
        {
            return [new("vision", $"Vision statement {tooLong + 1} must be {MaxVisionLine} characters or fewer")];
        }

        var existing = await db.VisionStatements.Where(v => v.PlanYear == year).OrderBy(v => v.Order).ToListAsync(cancellationToken);
        for (var i = 0; i < statements.Count; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Text = statements[i];
            }
            else
            {
                db.VisionStatements.Add(new VisionStatement { PlanYear = year, Order = i + 1, Text = statements[i] });
            }
        }

        db.VisionStatements.RemoveRange(existing.Skip(statements.Count));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Adds a priority to the year, last in order; its code, or the problems.</summary>
    public async Task<(string? Code, IReadOnlyList<FieldProblem> Problems)> AddPriorityAsync(PlanYear year, PriorityInput input, CancellationToken cancellationToken)
    {
        if (input.Problems(adding: true) is { Count: > 0 } problems)
        {
            return (null, problems);
        }

        var code = PlanCodes.Priority(year, input.ShortCode!.Trim());
        if (await db.Priorities.AnyAsync(p => p.Code == code, cancellationToken))
        {
            return (null, [new("short-code", $"{year.Label} already has a priority {code}")]);
        }

        var order = await db.Priorities.Where(p => p.PlanYear == year).Select(p => (int?)p.Order).MaxAsync(cancellationToken) ?? 0;
        db.Priorities.Add(new Priority { Code = code, PlanYear = year, Order = order + 1, Name = input.Name!.Trim(), Summary = input.Summary!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return (code, []);
    }

    /// <summary>Changes a priority's name, summary and order; null when there is no such priority.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> UpdatePriorityAsync(string code, PriorityInput input, CancellationToken cancellationToken)
    {
        var priority = await db.Priorities.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (priority is null)
        {
            return null;
        }

        if (input.Problems(adding: false) is { Count: > 0 } problems)
        {
            return problems;
        }

        priority.Name = input.Name!.Trim();
        priority.Summary = input.Summary!.Trim();
        priority.Order = int.Parse(input.Order!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Adds a workplan, last in order, under the code typed (<c>MH</c>; its deliverables are then <c>D2425-MH-01</c>, …); the problems by field.</summary>
    public async Task<IReadOnlyList<FieldProblem>> AddWorkplanAsync(string? code, string? name, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        var trimmed = code?.Trim() ?? "";
        if (!PlanCodes.IsShortCode(trimmed))
        {
            problems.Add(new("workplan-code", "Enter a code of 2 to 12 capital letters, digits or hyphens, starting with a letter, such as MH"));
        }
        else if (await db.Workplans.AnyAsync(w => w.Code == trimmed, cancellationToken))
        {
            problems.Add(new("workplan-code", $"There is already a workplan {trimmed}"));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            problems.Add(new("workplan-name", string.IsNullOrWhiteSpace(name) ? "Enter the workplan's name" : "The name must be 200 characters or fewer"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var order = await db.Workplans.Select(w => (int?)w.Order).MaxAsync(cancellationToken) ?? 0;
        db.Workplans.Add(new Workplan { Code = trimmed, Name = name!.Trim(), Order = order + 1 });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Renames a workplan, in every plan year (workplans have none); null when there is no such workplan.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> RenameWorkplanAsync(string code, string? name, CancellationToken cancellationToken)
    {
        var workplan = await db.Workplans.SingleOrDefaultAsync(w => w.Code == code, cancellationToken);
        if (workplan is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return [new("workplan-" + code, string.IsNullOrWhiteSpace(name) ? "Enter the workplan's name" : "The name must be 200 characters or fewer")];
        }

        workplan.Name = name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
