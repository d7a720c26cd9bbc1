using System.Diagnostics;
using System.Globalization;
using LocalCare.Warehouse;

namespace LocalCare.Data.Backup;

/// <summary>
/// The data directory's writer lock, an OS file lock on <c>.write.lock</c>: held by an import run and a metric computation for
/// their whole run (they span the app database and the warehouse), and by a backup while it copies, so a backup never sees one
/// store after a run and the other before it (docs/decisions/0007). Released when disposed, or by the OS if the process dies.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = ".write.lock";

    /// <summary>How long an import or a computation waits for a backup (or another run) to finish before giving up.</summary>
    public static TimeSpan WriterWait { get; } = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file)
    {
        _file = file;
    }

    /// <summary>The lock file of the data directory that holds <paramref name="warehouse"/>.</summary>
    public static string PathFor(WarehouseDatabase warehouse) => Path.Combine(Path.GetDirectoryName(warehouse.Path)!, FileName);

    /// <summary>
    /// Takes the lock of the data directory holding <paramref name="warehouse"/> for <paramref name="purpose"/> (an import, a
    /// computation, a backup), waiting up to <paramref name="wait"/>; <paramref name="waiting"/> is called once if it must wait.
    /// </summary>
    /// <exception cref="DataDirectoryBusyException">Someone else still held it after <paramref name="wait"/>.</exception>
    public static Task<DataDirectoryLock> AcquireAsync(WarehouseDatabase warehouse, string purpose, TimeSpan wait, Action? waiting = null, CancellationToken cancellationToken = default) =>
        AcquireAsync(PathFor(warehouse), purpose, wait, waiting, cancellationToken);

    /// <inheritdoc cref="AcquireAsync(WarehouseDatabase, string, TimeSpan, Action?, CancellationToken)"/>
    public static async Task<DataDirectoryLock> AcquireAsync(string lockPath, string purpose, TimeSpan wait, Action? waiting = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var watch = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryOpen(lockPath) is { } file)
            {
                // Who holds it, for a person who looks (the file's content is not read by LocalCare: a locked file cannot be opened).
                file.SetLength(0);
                using (var writer = new StreamWriter(file, leaveOpen: true))
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{purpose}, process {Environment.ProcessId}, since {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n"));
                }

                file.Flush(flushToDisk: false);
                return new DataDirectoryLock(file);
            }

            if (watch.Elapsed >= wait)
            {
                throw new DataDirectoryBusyException(lockPath, purpose, wait);
            }

            if (!told)
            {
                told = true;
                waiting?.Invoke();
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Opens the file exclusively (.NET takes an flock(2) LOCK_EX on Unix, a share-none handle on Windows); null while someone else holds it.</summary>
    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }
}

/// <summary>The data directory's writer lock stayed held (by an import, a computation or a backup) for longer than the caller would wait.</summary>
public sealed class DataDirectoryBusyException : Exception
{
    public DataDirectoryBusyException(string lockPath, string purpose, TimeSpan waited)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"The data directory {Path.GetDirectoryName(lockPath)} is busy: another import, metric computation or backup held {DataDirectoryLock.FileName} for {waited.TotalSeconds:0} s, so the {purpose} did not start. Try again when it has finished."))
    {
    }

    public DataDirectoryBusyException()
    {
    }

    public DataDirectoryBusyException(string message)
        : base(message)
    {
    }

    public DataDirectoryBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
