namespace LocalCare.Cli.Tests;

/// <summary>organisation.csv texts for tests: a small valid organisation, and variants of it.</summary>
public static class OrganisationFiles
{
    /// <summary>Line 1 is the header; line numbers in expected errors count from it.</summary>
    public const string Testshire = """
        code,name,kind,parent_code,service_group
        TLCO,Testshire Local Care Organisation,lco,,
        EAST,East Testshire,locality,TLCO,
        WEST,West Testshire,locality,TLCO,
        INT-E1,Eastfield,neighbourhood,EAST,
        INT-W1,Westbrook,neighbourhood,WEST,
        DN,District Nursing,service,TLCO,neighbourhood
        HAH-E,Hospital at Home (East),service,EAST,virtual_ward

        """;

    /// <summary>Testshire with one line replaced (1-based, header = 1).</summary>
    public static string WithLine(int line, string replacement)
    {
        var lines = Testshire.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}
