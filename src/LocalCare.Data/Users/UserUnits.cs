using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Users;

/// <summary>Which units a user looks after: those assigned to them and everything under each.</summary>
public sealed class UserUnits(LocalCareDbContext db)
{
    /// <summary>The codes of every unit <paramref name="userName"/> looks after; empty for an unknown user or one with no units.</summary>
    public async Task<IReadOnlySet<string>> ManagedByAsync(string? userName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return new HashSet<string>();
        }

        var assigned = await (from u in db.Users
                              join a in db.UserUnits on u.Id equals a.UserId
                              where u.UserName == userName
                              select a.UnitCode).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
        {
            return new HashSet<string>();
        }

        return new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken)).ManagedBy(assigned);
    }

    /// <summary>Replaces the units assigned to <paramref name="userName"/>; false when there is no such user.</summary>
    /// <exception cref="ArgumentException">A code is not one of the organisation's units.</exception>
    public async Task<bool> AssignAsync(string userName, IReadOnlyCollection<string> unitCodes, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            return false;
        }

        var known = await db.OrganisationUnits.Where(u => unitCodes.Contains(u.Code)).Select(u => u.Code).ToListAsync(cancellationToken);
        if (unitCodes.Except(known, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw new ArgumentException($"Not units of the organisation: {string.Join(", ", unknown)}.", nameof(unitCodes));
        }

        db.UserUnits.RemoveRange(await db.UserUnits.Where(a => a.UserId == user.Id).ToListAsync(cancellationToken));
        db.UserUnits.AddRange(unitCodes.Distinct(StringComparer.Ordinal).Select(code => new UserUnit { UserId = user.Id, UnitCode = code }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
