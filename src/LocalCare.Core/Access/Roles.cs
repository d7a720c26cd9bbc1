namespace LocalCare.Core.Access;

/// <summary>The roles a LocalCare user can hold.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Executive = "executive";
    public const string Manager = "manager";
    public const string Analyst = "analyst";
    public const string Commissioner = "commissioner";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Executive, Manager, Analyst, Commissioner, Viewer];
}
