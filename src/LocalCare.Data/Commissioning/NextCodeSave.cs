using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>
/// Adds a row under the next free code and saves it. Two people saving at once may take the same number: the key is unique,
/// so the second save fails and is tried again with the next number, its row and audit entries taken back first.
/// </summary>
internal static class NextCodeSave
{
    private const int Attempts = 3;

    /// <summary>The code the row was saved under.</summary>
    public static async Task<string> SaveAsync<T>(LocalCareDbContext db, Func<Task<string>> nextCode, Func<string, T> add, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var code = await nextCode();
            var entity = add(code);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return code;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.Entry(entity).State = EntityState.Detached;
                foreach (var entry in db.ChangeTracker.Entries<Audit.AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }
}
