namespace LocalCare.Core.ServicePlans;

/// <summary>Who is acting on a service plan: their user name, their roles and the codes of the units they look after.</summary>
public sealed record ServicePlanUser(string Name, IReadOnlyCollection<string> Roles, IReadOnlySet<string> UnitsLookedAfter)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool LooksAfter(string unitCode) => UnitsLookedAfter.Contains(unitCode);
}
