namespace LocalCare.Core.Metrics;

/// <summary>Unit references as metrics.md writes them.</summary>
public static class UnitRefs
{
    public const string Lco = "lco";

    public static string Service(string code) => "service:" + code;

    public static string Neighbourhood(string code) => "neighbourhood:" + code;

    public static string Locality(string code) => "locality:" + code;
}
