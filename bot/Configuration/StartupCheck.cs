using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Configuration;

/// <summary>
/// Everything the bot needs checked before it touches the database or opens a port: every setting of every options
/// class (its values convert, its validators pass), the route table's conflicts and, with SQLite, that no other
/// instance runs on the same file.
/// All problems are reported together, one plain line each, instead of the first one as an exception and a stack
/// trace at host start.
/// </summary>
public static partial class StartupCheck
{
    /// <summary>Runs the checks; on problems writes them to <paramref name="error"/> and returns false (exit with 1).</summary>
    public static bool Passes(IServiceCollection registrations, IServiceProvider services, TextWriter error)
    {
        var problems = Problems(registrations, services);
        if (problems.Count == 0)
        {
            return true;
        }
        error.WriteLine(problems.Count == 1
            ? "Verkostot.Bot did not start: fix this and start it again."
            : $"Verkostot.Bot did not start: fix these {problems.Count} things and start it again.");
        foreach (var problem in problems)
        {
            error.WriteLine("  " + problem.ReplaceLineEndings(" "));
        }
        error.Flush();
        return false;
    }

    public static IReadOnlyList<string> Problems(IServiceCollection registrations, IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var problems = OptionsTypes(registrations).SelectMany(type => ProblemsOf(type, services, configuration)).Distinct().ToList();
        problems.AddRange(services.GetService<RouteTable>()?.Conflicts() ?? []);
        if (problems.Count == 0 && services.GetRequiredService<SqliteInstanceLock>().TryAcquire() is { } locked)
        {
            problems.Add(locked);
        }
        return problems;
    }

    /// <summary>Our options classes: those bound from configuration or validated, as their AddXxx registered them.</summary>
    private static IEnumerable<Type> OptionsTypes(IServiceCollection registrations) => registrations
        .Select(d => d.ServiceType)
        .Where(t => t.IsGenericType
            && (t.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>) || t.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
        .Select(t => t.GetGenericArguments()[0])
        .Where(t => t.Namespace?.StartsWith("Verkostot.", StringComparison.Ordinal) == true)
        .Distinct();

    private static IEnumerable<string> ProblemsOf(Type type, IServiceProvider services, IConfiguration configuration)
    {
        var factory = services.GetRequiredService(typeof(IOptionsFactory<>).MakeGenericType(type));
        try
        {
            factory.GetType().GetMethod(nameof(IOptionsFactory<object>.Create))!.Invoke(factory, [Options.DefaultName]);
            return [];
        }
        catch (TargetInvocationException e) when (e.InnerException is OptionsValidationException invalid)
        {
            return invalid.Failures;
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException failed && FailedPath(failed.Message) is { } path)
        {
            var values = SettingValues.Problems(type, configuration, path);
            return values.Count > 0 ? values : [$"{path}: {failed.Message}"];
        }
    }

    // The configuration binder's message names the key: "Failed to convert configuration value at 'A:B' to type '…'."
    private static string? FailedPath(string message) =>
        BinderPath().Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("at '([^']+)'")]
    private static partial Regex BinderPath();
}
