using System.Reflection;
using System.Runtime.CompilerServices;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Data.Database;
using LocalCare.Web.Features.Admin.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Admin.Audit;

/// <summary>Each kind of subject of the trail links to the page that shows it (and its history).</summary>
public sealed class SubjectLinksTests
{
    /// <summary>The one kind with no page: the app never writes it (<see cref="Subjects.MetricCommentary"/>).</summary>
    private static readonly string[] WithoutAPage = ["metric-commentary"];

    [Theory]
    [InlineData("plan:2024/25", "/plan?year=2024%2F25")]
    [InlineData("deliverable:D2425-CH-01", "/deliverables/D2425-CH-01")]
    [InlineData("workplan:CH", "/plan")]
    [InlineData("kloe:K2425-QUALITY", "/plan?year=2024%2F25")]
    [InlineData("kloe:CUSTOM", "/plan")]
    [InlineData("partner-priority:ACUTE-P1", "/plan/alignment")]
    [InlineData("board:HPB", "/boards/HPB")]
    [InlineData("risk:R-001", "/risks/R-001")]
    [InlineData("user:7f3c", "/admin/users/7f3c")]
    [InlineData("sign-in:jsmith", "/admin/audit?subject=sign-in%3Ajsmith")]
    [InlineData("provider:HOME1", "/commissioning/providers/HOME1")]
    [InlineData("cqc-location:1-100000001", "/commissioning/cqc-locations/1-100000001")]
    [InlineData("contract:C-HOME1", "/commissioning/contracts/C-HOME1")]
    [InlineData("contract:C 1/2", "/commissioning/contracts/C%201%2F2")]
    [InlineData("vfp-scheme:VFP-01", "/commissioning/budget/vfp/VFP-01")]
    [InlineData("budget:CYP-HV", "/commissioning/budget?service=CYP-HV")]
    [InlineData("unit:INT-CC", "/organisation")]
    [InlineData("import:commissioning", "/commissioning/import")]
    [InlineData("import:cqc-ratings", "/commissioning/import")]
    [InlineData("import:organisation", "/organisation")]
    [InlineData("service-plan:2024/25:INT-CC", "/service-plans/2024/INT-CC")]
    [InlineData("metric:dna-rate", "/performance/dna-rate")]
    public void ASubject_LinksToItsPage(string subject, string link) => Assert.Equal(link, SubjectLinks.For(subject));

    [Theory]
    [InlineData("metric-commentary:42")]
    [InlineData("import:warehouse")]
    [InlineData("nothing")]
    public void ASubjectWithoutAPage_HasNoLink(string subject) => Assert.Null(SubjectLinks.For(subject));

    /// <summary>Every subject <see cref="Subjects"/> makes, whatever its arguments' kinds: a new kind without a page fails here.</summary>
    [Fact]
    public void EverySubjectKind_HasAPage()
    {
        // Import's kinds are a closed list (any other text would be no kind of import): they are taken from it.
        var methods = typeof(Subjects).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string) && m.Name != nameof(Subjects.Import)).ToList();
        var subjects = methods.Select(m => (string)m.Invoke(null, [.. m.GetParameters().Select(p => Sample(p.ParameterType))])!)
            .Concat(Subjects.ImportKinds.Select(Subjects.Import))
            .ToList();

        Assert.True(methods.Count >= 20, $"Only {methods.Count} subject makers were found");
        Assert.Equal([], subjects.Where(s => SubjectLinks.For(s) is null && !WithoutAPage.Contains(Kind(s))));
    }

    /// <summary>
    /// Every entity of the app database, as <see cref="AuditedEntities"/> places it: each audited one's subject links to a page,
    /// so an entity given a subject of its own (not made by <see cref="Subjects"/>) is caught too.
    /// </summary>
    [Fact]
    public void EveryAuditedEntitysSubject_HasAPage()
    {
        using var db = new SqliteLocalCareDbContext(new DbContextOptionsBuilder<SqliteLocalCareDbContext>().UseSqlite("Data Source=:memory:").Options);
        var placed = db.Model.GetEntityTypes().Where(t => !t.IsPropertyBag && !t.ClrType.IsAbstract)
            .Select(t => (Type: t.ClrType, Placed: AuditedEntities.Of(Instance(t.ClrType))))
            .Where(p => p.Placed is not null)
            .ToList();

        Assert.True(placed.Count >= 40, $"Only {placed.Count} audited entities were found");
        Assert.Equal([], placed.Where(p => SubjectLinks.For(p.Placed!.Value.Subject) is null).Select(p => $"{p.Type.Name}: {p.Placed!.Value.Subject}"));
    }

    private static string Kind(string subject) => subject[..subject.IndexOf(':', StringComparison.Ordinal)];

    private static object Sample(Type type) =>
        type == typeof(string) ? "X-1"
        : type == typeof(PlanYear) ? new PlanYear(2024)
        : type == typeof(int) ? 1
        : throw new InvalidOperationException($"No sample {type.Name}: add one to SubjectLinksTests.Sample");

    /// <summary>An instance with every text, plan year and month set, so placing it reads real values.</summary>
    private static object Instance(Type type)
    {
        var instance = type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type)! : RuntimeHelpers.GetUninitializedObject(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            object? value = property.PropertyType == typeof(string) ? "X-1"
                : property.PropertyType == typeof(PlanYear) ? new PlanYear(2024)
                : property.PropertyType == typeof(YearMonth) ? new YearMonth(2024, 4)
                : null;
            if (value is not null)
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }
}
