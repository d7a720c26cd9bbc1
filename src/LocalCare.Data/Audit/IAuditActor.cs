namespace LocalCare.Data.Audit;

/// <summary>Who is making the changes saved in this scope: the signed-in user on the web, the operating-system user on the command line.</summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>A fixed actor: set-up (<c>system:init</c>), the command line, tools and tests.</summary>
public sealed record FixedAuditActor(string Name) : IAuditActor
{
    public static FixedAuditActor System { get; } = new("system");
}
