using System.Reflection;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;
using LocalCare.Data.Demo;
using LocalCare.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Setup;

/// <summary>Loads the demo organisation (docs/demo-organisation.md) from the seeds: units, the 2024/25 plan, partner priorities, KLOEs and service plans.</summary>
public sealed class DemoLoader(LocalCareDbContext db)
{
    public const string OrganisationResource = "LocalCare.Data.Demo.DemoOrganisation.csv";

    /// <summary>Loads what is not there yet; returns false when the demo plan was already loaded.</summary>
    public async Task<bool> LoadAsync(PlanYear currentYear, CancellationToken cancellationToken = default)
    {
        var standard = new StandardSetup(db);
        await standard.EnsureAsync(cancellationToken);
        var lastYear = currentYear > DemoPlan.Year ? currentYear : DemoPlan.Year;
        await standard.EnsureDefaultTargetsAsync(DemoPlan.Year, lastYear, cancellationToken);

        if (!await db.OrganisationUnits.AnyAsync(cancellationToken))
        {
            using var reader = new StreamReader(OpenOrganisationCsv());
            await new OrganisationImport(db).FromReaderAsync(reader, "organisation.csv", cancellationToken);
        }

        if (await db.Priorities.AnyAsync(p => p.PlanYear == DemoPlan.Year, cancellationToken))
        {
            await LoadServicePlansAsync(cancellationToken);
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workplans = await db.Workplans.Select(w => w.Code).ToListAsync(cancellationToken);
        var partners = await db.PartnerPriorities.Select(p => p.Code).ToListAsync(cancellationToken);
        db.VisionStatements.AddRange(DemoPlan.Vision());
        db.Workplans.AddRange(DemoPlan.Workplans().Where(w => !workplans.Contains(w.Code)));
        db.PartnerPriorities.AddRange(DemoPlan.PartnerPriorities().Where(p => !partners.Contains(p.Code)));
        db.Priorities.AddRange(DemoPlan.Priorities());
        await db.SaveChangesAsync(cancellationToken);
        db.Deliverables.AddRange(DemoPlan.Deliverables());
        db.Kloes.AddRange(DemoPlan.Kloes());
        db.WaitingGoals.AddRange(DemoPlan.WaitingGoals(new YearMonth(currentYear.StartYear + 1, 3)));
        await db.SaveChangesAsync(cancellationToken);
        await LoadServicePlansAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The demo's service plans, unless some service plan already exists (an installation that has started its own).</summary>
    private async Task LoadServicePlansAsync(CancellationToken cancellationToken)
    {
        if (await db.ServicePlans.AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        var kloes = await db.Kloes.AsNoTracking().Where(k => k.PlanYear == DemoPlan.Year).ToListAsync(cancellationToken);
        db.ServicePlans.AddRange(DemoServicePlans.Plans(units, kloes));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo's organisation.csv, the same file a user can import.</summary>
    public static Stream OpenOrganisationCsv() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(OrganisationResource)
        ?? throw new InvalidOperationException($"Embedded resource {OrganisationResource} is missing from the build.");
}
