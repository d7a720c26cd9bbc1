using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Bench.WaitingLists;

namespace LocalCare.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/LocalCare.Bench -- import|compute|waitlist [options]</c>. The <c>phase</c> command is how the
/// benchmark runs each measured step in a child process of its own (for a clean peak memory); it is not meant to be typed.
/// </summary>
public static class BenchProgram
{
    public const string Usage = """
        Usage:
          dotnet run -c Release --project bench/LocalCare.Bench -- import [options]

        Generates 1 and 10 LCO-years of referrals and contacts, then times DuckDB's bare read_csv of the two files
        against LocalCare's warehouse import of the same files (and a re-import into the populated warehouse).

        Options:
          --years 1,10        sizes to run, in LCO-years (comma-separated)                  [default: 1,10]
          --repeat N          timed repeats per size; the median is reported   [default: 3 below 5 years, else 2]
          --work DIR          where the files and databases go (new or empty; removed after)  [default: a new temp dir]
          --keep              keep the work directory
          --wait-idle SECONDS before each timed phase, wait up to SECONDS for other work on the machine to
                              stop (busy below 15% over a second)                             [default: 0]
          --profile           also time every SQL statement of the import and of the re-import (a replica of
                              WarehouseImport's sequence over src's own StagingSql)
          --experiments       also profile the proposed staging changes (Imports/Experiments.cs) and check that
                              every variant numbers the staged rows in file order
          --results FILE      markdown file the results are appended to                 [default: bench/RESULTS.md]
          --no-record         print only; do not append to the results file

          dotnet run -c Release --project bench/LocalCare.Bench -- compute [options]

        Generates 1 and 10 LCO-years of every extract and imports them, then times LocalCare's full recompute of every
        metric (localcare compute: SQL, roll-up, store) against the same metric SQL on PostgreSQL over the same data, and
        the SQL alone on DuckDB; then SPC over 10,000 series. Targets: 10 LCO-years in at most 10 s, and PostgreSQL at
        least 10 times slower.

        Options:
          --years 1,10        sizes to run, in LCO-years (comma-separated)                  [default: 1,10]
          --repeat N          timed repeats per size; the median is reported                [default: 3]
          --work DIR          where the files and databases go (new or empty; removed after)  [default: a new temp dir]
          --keep              keep the work directory
          --wait-idle SECONDS before each timed phase, wait up to SECONDS for other work on the machine to stop  [default: 0]
          --postgres CONN     the PostgreSQL server (a role with CREATEDB; a database of the benchmark's own is
                              made and dropped)    [default: $LOCALCARE_BENCH_POSTGRES, else localcare@127.0.0.1:5432]
          --results FILE      markdown file the results are appended to                 [default: bench/RESULTS.md]
          --no-record         print only; do not append to the results file

          dotnet run -c Release --project bench/LocalCare.Bench -- waitlist [options]

        Generates and imports N LCO-years, then times the waiting-list census of every month (SitRep bands of all services;
        each month's per-unit snapshot) and the simulation of a 10,000-person list over 52 weeks with 200 replications (one
        capacity; the four standard scenarios). Targets: each at most 2 s on 2 cores.

        Options:
          --years N           size, in LCO-years                                            [default: 10]
          --repeat N          timed repeats; the median is reported                         [default: 3]
          --work DIR          where the files and databases go (new or empty; removed after)  [default: a new temp dir]
          --keep              keep the work directory
          --wait-idle SECONDS before each timed phase, wait up to SECONDS for other work on the machine to stop  [default: 0]
          --results FILE      markdown file the results are appended to                 [default: bench/RESULTS.md]
          --no-record         print only; do not append to the results file

          dotnet run -c Release --project bench/LocalCare.Bench -- pack [options]

        Generates and imports N LCO-years, then makes the Health Performance Board's pack for the last month: gather its
        figures (app database and warehouse), build it, render the HTML and print the PDF in headless Chromium
        (LOCALCARE_CHROMIUM or /usr/bin/chromium). Target: HTML and PDF in under 10 s on 2 cores. The same options as waitlist.

          dotnet run -c Release --project bench/LocalCare.Bench -- cqc [options]

        Writes a CQC-shaped Latest ratings workbook (.ods) of about 1 GB of XML, then imports it (localcare import) into a data
        directory with a register of 400 providers, in a fresh process. Target: peak memory under 300 MB.

        Options:
          --gigabytes N       size of the workbook's content.xml, in GB                     [default: 1]
          --work DIR, --keep, --wait-idle SECONDS, --results FILE, --no-record   as for waitlist

          dotnet run -c Release --project bench/LocalCare.Bench -- web [options]

        Sets up N LCO-years as 'localcare init --demo --demo-years N' does, starts the Release web app over them, signs in as
        the demo analyst and loads the IPR summary, a metric page and a board pack page with wrk (apt-get install wrk), one
        page at a time. Target: p95 at most 50 ms on 2 cores with no errors.

        Options:
          --years N           size, in LCO-years                                            [default: 10]
          --connections N     wrk's concurrent connections                                  [default: 50]
          --duration SECONDS  how long wrk loads each page                                  [default: 30]
          --work DIR, --keep, --wait-idle SECONDS, --results FILE, --no-record   as for waitlist
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["import", .. var rest] => await ImportBenchmark.RunAsync(ImportArguments.Parse(rest)),
                ["compute", .. var rest] => await ComputeBenchmark.RunAsync(ComputeArguments.Parse(rest)),
                ["waitlist", .. var rest] => await WaitlistBenchmark.RunAsync(WaitlistArguments.Parse(rest)),
                ["pack", .. var rest] => await Packs.PackBenchmark.RunAsync(WaitlistArguments.Parse(rest)),
                ["cqc", .. var rest] => await Commissioning.CqcBenchmark.RunAsync(Commissioning.CqcArguments.Parse(rest)),
                ["web", .. var rest] => await Web.WebLoadBenchmark.RunAsync(Web.WebArguments.Parse(rest)),
                ["phase", var name, .. var rest] when Web.WebPhases.Handles(name) => await Web.WebPhases.RunAsync([name, .. rest]),
                ["phase", var name, .. var rest] when Commissioning.CqcPhases.Handles(name) => await Commissioning.CqcPhases.RunAsync([name, .. rest]),
                ["phase", var name, .. var rest] when Packs.PackPhases.Handles(name) => await Packs.PackPhases.RunAsync([name, .. rest]),
                ["phase", var name, .. var rest] when WaitlistPhases.Handles(name) => await WaitlistPhases.RunAsync([name, .. rest]),
                ["phase", var name, .. var rest] when ComputePhases.Handles(name) => await ComputePhases.RunAsync([name, .. rest]),
                ["phase", .. var rest] => await Phases.RunAsync(rest),
                [] or ["help" or "--help" or "-h", ..] => Help(),
                _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
    }

    private static int Help()
    {
        Console.WriteLine(Usage);
        return 0;
    }
}
