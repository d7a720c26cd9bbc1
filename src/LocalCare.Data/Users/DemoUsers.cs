using System.Security.Cryptography;
using System.Text;
using LocalCare.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace LocalCare.Data.Users;

/// <summary>Creates the roles and one demo user per role, with fresh random passwords written to a file only the owner can read.</summary>
public sealed class DemoUsers(UserManager<LocalCareUser> users, RoleManager<IdentityRole> roles, UserUnits units)
{
    public const string FileName = "demo-users.txt";

    /// <summary>What the demo manager looks after: the North locality (its five neighbourhood teams and locality services) and Podiatry.</summary>
    public static IReadOnlyList<string> ManagerUnits { get; } = ["NORTH", "PODIATRY"];

    /// <summary>Ensures every role exists.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role) { Id = role }), $"create role {role}");
            }
        }
    }

    /// <summary>
    /// Creates any missing demo user (user name = role name) and returns the path of the sign-in file,
    /// or null when every demo user already existed (their passwords are in the file written the first time).
    /// </summary>
    public async Task<string?> EnsureAsync(string dataDirectory)
    {
        await EnsureRolesAsync();
        var created = new List<(string User, string Password)>();
        foreach (var role in Roles.All)
        {
            if (await users.FindByNameAsync(role) is not null)
            {
                continue;
            }

            var password = NewPassword();
            var user = new LocalCareUser { UserName = role, DisplayName = $"Demo {role}", Email = $"{role}@demo.invalid", EmailConfirmed = true };
            Check(await users.CreateAsync(user, password), $"create user {role}");
            Check(await users.AddToRoleAsync(user, role), $"add {role} to role");
            if (role == Roles.Manager)
            {
                await units.AssignAsync(role, ManagerUnits);
            }

            created.Add((role, password));
        }

        if (created.Count == 0)
        {
            return null;
        }

        var path = Path.Combine(dataDirectory, FileName);
        var text = new StringBuilder()
            .AppendLine("# LocalCare demo sign-in details. Each user holds the role of the same name.")
            .AppendLine("# Generated at first run; delete the demo users or the data directory to start again.");
        foreach (var (user, password) in created)
        {
            text.AppendLine($"{user}\t{password}");
        }

        await File.AppendAllTextAsync(path, text.ToString());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    /// <summary>Reads the demo passwords file back (user → password); used by tests and the browser suite.</summary>
    public static IReadOnlyDictionary<string, string> ReadFile(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[1]);

    /// <summary>A fresh random password that meets every Identity rule: for demo users and one-time passwords an administrator hands on.</summary>
    public static string NewPassword()
    {
        // 20 characters from four classes so every Identity password rule holds whatever the draw.
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!";
        var all = lower + upper + digits + symbols;
        var chars = new[] { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 16).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
