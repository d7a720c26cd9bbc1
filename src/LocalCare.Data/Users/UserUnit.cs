namespace LocalCare.Data.Users;

/// <summary>A unit a user looks after (a manager's services, neighbourhoods or locality): they edit that unit's plans and everything under it.</summary>
public sealed class UserUnit
{
    public required string UserId { get; init; }

    public required string UnitCode { get; init; }
}
