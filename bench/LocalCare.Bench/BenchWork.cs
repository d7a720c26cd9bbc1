namespace LocalCare.Bench;

/// <summary>A benchmark's work directory: the one given (which must be new or empty, as the benchmark removes it afterwards) or a new temporary one.</summary>
public static class BenchWork
{
    public static string Prepare(string? given)
    {
        var work = Path.GetFullPath(given ?? Path.Combine(Path.GetTempPath(), "localcare-bench-" + Guid.NewGuid().ToString("N")[..8]));
        RequireEmpty(work);
        Directory.CreateDirectory(work);
        return work;
    }

    /// <summary>Refuses a work directory that has anything in it.</summary>
    public static void RequireEmpty(string work)
    {
        if (Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
        {
            throw new ArgumentException($"--work {work} is not empty; the benchmark removes its work directory afterwards, so give it a new one.");
        }
    }
}
