using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare org [--format tree|json]</c>: prints the organisation: LCO → localities → neighbourhoods, and its services by group.</summary>
public static class OrgCommand
{
    public const string NoOrganisation =
        "No organisation loaded. Run 'localcare init --demo' or 'localcare import organisation.csv'.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // names such as "Children's ..." stay readable; the output is not HTML
    };

    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "tree (for people) or json (units with code, name, kind, parent and serviceGroup)",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "tree",
        };
        format.AcceptOnlyFromAmong("tree", "json");

        var command = new Command("org", "Show the organisation: the LCO, its localities and neighbourhoods, and its services by group.")
        {
            format,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(cli, parseResult, parseResult.GetValue(format) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parseResult, bool json, CancellationToken cancellationToken)
    {
        await using var session = cli.Open(parseResult, createDataDirectory: false);
        var state = await session.StateAsync(cancellationToken);
        if (state == DatabaseState.Missing)
        {
            throw new UserErrorException(NoOrganisation);
        }

        if (state == DatabaseState.Outdated)
        {
            throw new UserErrorException("The app database was made by an older LocalCare. Run 'localcare init' to update it.");
        }

        var units = await session.Db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        var tree = new OrganisationTree(units);
        if (tree.Lco is null)
        {
            throw new UserErrorException(NoOrganisation);
        }

        if (json)
        {
            cli.Say(JsonSerializer.Serialize(ToJson(units), Json));
        }
        else
        {
            cli.Console.Write(ToTree(tree, tree.Lco));
        }

        return ExitCodes.Success;
    }

    private static Tree ToTree(OrganisationTree organisation, OrganisationUnit lco)
    {
        var tree = new Tree(Label(lco, bold: true));
        foreach (var locality in organisation.ChildrenOf(lco.Code).Where(u => u.Kind == UnitKind.Locality))
        {
            var node = tree.AddNode(Label(locality));
            foreach (var neighbourhood in organisation.NeighbourhoodsOf(locality.Code))
            {
                node.AddNode(Label(neighbourhood));
            }
        }

        if (organisation.Services.Count > 0)
        {
            var services = tree.AddNode("Services");
            foreach (var group in organisation.ServicesByGroup)
            {
                var node = services.AddNode(Markup.Escape(group.Key?.ToLabel() ?? "Other services"));
                foreach (var service in group)
                {
                    node.AddNode(Label(service));
                }
            }
        }

        return tree;
    }

    private static string Label(OrganisationUnit unit, bool bold = false)
    {
        var text = Markup.Escape($"{unit.Name} ({unit.Code})");
        return bold ? $"[bold]{text}[/]" : text;
    }

    private static OrganisationJson ToJson(IEnumerable<OrganisationUnit> units) => new(units
        .OrderBy(u => u.Kind)
        .ThenBy(u => u.Name, StringComparer.OrdinalIgnoreCase)
        .ThenBy(u => u.Code, StringComparer.Ordinal)
        .Select(u => new UnitJson(u.Code, u.Name, u.Kind.ToCode(), u.ParentCode, u.ServiceGroup?.ToCode()))
        .ToList());

    /// <summary>The JSON form: <c>{ "units": [ { "code", "name", "kind", "parent", "serviceGroup" } ] }</c>, LCO first, then localities, neighbourhoods and services.</summary>
    public sealed record OrganisationJson(IReadOnlyList<UnitJson> Units);

    /// <summary>One unit in the JSON form; kind and service group are the organisation.csv codes.</summary>
    public sealed record UnitJson(string Code, string Name, string Kind, string? Parent, string? ServiceGroup);
}
