using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>Creates and changes deliverables (executives and administrators): their text, owner, due quarter, partner priorities, metrics and milestones.</summary>
public sealed class DeliverableEditor(LocalCareDbContext db)
{
    /// <summary>What a deliverable of <paramref name="year"/> may refer to, with the names the form shows.</summary>
    public async Task<DeliverableOptions> OptionsAsync(PlanYear year, CancellationToken cancellationToken) => new(
        await db.Priorities.AsNoTracking().Where(p => p.PlanYear == year).OrderBy(p => p.Order).Select(p => new Option(p.Code, p.Name)).ToListAsync(cancellationToken),
        await db.Workplans.AsNoTracking().OrderBy(w => w.Order).Select(w => new Option(w.Code, w.Name)).ToListAsync(cancellationToken),
        [.. (await db.PartnerPriorities.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Partner).ThenBy(p => p.Number).Select(p => new Option(p.Code, $"{p.Partner.ToLabel()} {p.Label}: {p.Title}"))],
        await db.Metrics.AsNoTracking().OrderBy(m => m.Name).Select(m => new Option(m.Id, m.Name)).ToListAsync(cancellationToken),
        await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => new Option(u.UserName!, u.DisplayName)).ToListAsync(cancellationToken));

    /// <summary>Creates a deliverable of <paramref name="year"/> under the next free code of its workplan; the code, or the problems.</summary>
    public async Task<(string? Code, IReadOnlyList<FieldProblem> Problems)> CreateAsync(PlanYear year, DeliverableInput input, CancellationToken cancellationToken)
    {
        var problems = input.Problems((await OptionsAsync(year, cancellationToken)).Choices);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var codes = await db.Deliverables.Where(d => d.PlanYear == year).Select(d => d.Code).ToListAsync(cancellationToken);
        var code = PlanCodes.NextDeliverable(year, input.WorkplanCode!, codes);
        var deliverable = new Deliverable
        {
            Code = code,
            PlanYear = year,
            PriorityCode = "",
            WorkplanCode = "",
            Title = "",
            Owner = "",
            DueQuarter = 4,
        };
        Apply(deliverable, input);
        db.Deliverables.Add(deliverable);
        await db.SaveChangesAsync(cancellationToken);
        return (code, []);
    }

    /// <summary>Changes a deliverable; null problems when there is no such deliverable.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> UpdateAsync(string code, DeliverableInput input, CancellationToken cancellationToken)
    {
        var deliverable = await LoadAsync(code, cancellationToken);
        if (deliverable is null)
        {
            return null;
        }

        var problems = input.Problems((await OptionsAsync(deliverable.PlanYear, cancellationToken)).Choices);
        if (problems.Count > 0)
        {
            return problems;
        }

        Apply(deliverable, input);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>The deliverable with what the form edits, tracked.</summary>
    public Task<Deliverable?> LoadAsync(string code, CancellationToken cancellationToken) =>
        db.Deliverables.Include(d => d.Alignments).Include(d => d.Metrics).Include(d => d.Milestones).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    private static void Apply(Deliverable deliverable, DeliverableInput input)
    {
        var code = deliverable.Code;
        deliverable.Title = input.Title!.Trim();
        deliverable.Description = input.Description?.Trim() ?? "";
        deliverable.PriorityCode = input.PriorityCode!;
        deliverable.WorkplanCode = input.WorkplanCode!;
        deliverable.Owner = input.Owner!.Trim();
        deliverable.OwnerUserName = string.IsNullOrWhiteSpace(input.OwnerUserName) ? null : input.OwnerUserName.Trim();
        deliverable.DueQuarter = input.Quarter()!.Value;
        Sync(deliverable.Alignments, input.PartnerPriorities.Distinct(), a => a.PartnerPriorityCode, p => new DeliverableAlignment { DeliverableCode = code, PartnerPriorityCode = p });
        Sync(deliverable.Metrics, input.Metrics.Distinct(), m => m.MetricId, m => new DeliverableMetric { DeliverableCode = code, MetricId = m });

        // Milestones are numbered in the order the form lists them; a row changed in place keeps its number.
        var rows = input.Milestones.Where(m => !m.IsEmpty).ToList();
        deliverable.Milestones.RemoveAll(m => m.Number > rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var milestone = deliverable.Milestones.SingleOrDefault(m => m.Number == i + 1);
            if (milestone is null)
            {
                deliverable.Milestones.Add(milestone = new Milestone { DeliverableCode = code, Number = i + 1, Title = "", Due = default });
            }

            milestone.Title = rows[i].Title!.Trim();
            milestone.Due = MilestoneInput.Date(rows[i].Due)!.Value;
            milestone.CompletedOn = MilestoneInput.Date(rows[i].CompletedOn);
        }
    }

    /// <summary>Makes a link list hold exactly <paramref name="wanted"/>: removes the others, adds the missing.</summary>
    private static void Sync<T>(List<T> links, IEnumerable<string> wanted, Func<T, string> key, Func<string, T> make)
    {
        var keep = wanted.ToHashSet(StringComparer.Ordinal);
        links.RemoveAll(l => !keep.Contains(key(l)));
        links.AddRange(keep.Except(links.Select(key), StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(make));
    }
}

/// <summary>A choice a form offers: its code and what people read.</summary>
public sealed record Option(string Code, string Name);

/// <summary>The choices of the deliverable form.</summary>
public sealed record DeliverableOptions(IReadOnlyList<Option> Priorities, IReadOnlyList<Option> Workplans, IReadOnlyList<Option> PartnerPriorities, IReadOnlyList<Option> Metrics, IReadOnlyList<Option> Users)
{
    public DeliverableChoices Choices => new(
        [.. Priorities.Select(o => o.Code)], [.. Workplans.Select(o => o.Code)], [.. PartnerPriorities.Select(o => o.Code)], [.. Metrics.Select(o => o.Code)], [.. Users.Select(o => o.Code)]);
}
