using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Caching;

/// <summary>Reads and renews the <see cref="DataGeneration"/> stamp.</summary>
public static class DataGenerations
{
    /// <summary>The current stamp: equal stamps mean nothing a page computes from has changed in between.</summary>
    public static async Task<long> CurrentAsync(LocalCareDbContext db, CancellationToken cancellationToken = default) =>
        await db.Set<DataGeneration>().AsNoTracking().Where(g => g.Id == DataGeneration.RowId).Select(g => g.Stamp).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Renews the stamp with SQL, in the context's current transaction when there is one: for writes that bypass EF's change
    /// tracker (bulk metric values) and for the warehouse, whose import commits after the app database.
    /// </summary>
    public static async Task RenewAsync(LocalCareDbContext db, CancellationToken cancellationToken = default)
    {
        var entity = db.Model.FindEntityType(typeof(DataGeneration))!;
        var table = entity.GetTableName()!;
        var stamp = entity.FindProperty(nameof(DataGeneration.Stamp))!.GetColumnName();
        var id = entity.FindProperty(nameof(DataGeneration.Id))!.GetColumnName();
#pragma warning disable EF1002 // table and column names come from the model, the values are parameters
        await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"{stamp}\" = {{0}} WHERE \"{id}\" = {{1}}", [NewStamp(), DataGeneration.RowId], cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>A random stamp: two processes renewing at once cannot arrive at the same value, as a counter's increments could.</summary>
    public static long NewStamp() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
}
