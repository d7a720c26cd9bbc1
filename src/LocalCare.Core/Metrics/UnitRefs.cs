using LocalCare.Core.Organisation;

namespace LocalCare.Core.Metrics;

/// <summary>Unit references as metrics.md writes them.</summary>
public static class UnitRefs
{
    public const string Lco = "lco";

    public static string Service(string code) => "service:" + code;

    public static string Neighbourhood(string code) => "neighbourhood:" + code;

    public static string Locality(string code) => "locality:" + code;

    /// <summary>
    /// The units a record of <paramref name="serviceCode"/> and <paramref name="neighbourhoodCode"/> counts in (metrics.md):
    /// the LCO, its service, and with a neighbourhood that neighbourhood and its locality.
    /// </summary>
    public static IEnumerable<string> Of(string serviceCode, string? neighbourhoodCode, OrganisationTree organisation)
    {
        yield return Lco;
        yield return Service(serviceCode);
        if (neighbourhoodCode is { } neighbourhood)
        {
            yield return Neighbourhood(neighbourhood);
            if (organisation.Find(neighbourhood)?.ParentCode is { } parent && organisation.Find(parent)?.Kind == UnitKind.Locality)
            {
                yield return Locality(parent);
            }
        }
    }
}
