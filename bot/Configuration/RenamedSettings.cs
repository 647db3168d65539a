using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Configuration;

/// <summary>
/// Keys this version no longer reads. A deployment that still sets one is told where the value goes now, rather
/// than silently running without it.
/// </summary>
internal sealed class RenamedSettings(IConfiguration configuration) : IValidateOptions<VerkostotOptions>
{
    public static IReadOnlyList<(string Old, string New)> Renames { get; } =
    [
        ("Meetings:PublicBaseUrl", "Verkostot:PublicBaseUrl"),
        ("Meetings:CalendarLinkKey", "Verkostot:LinkSigningKey"),
        ("Announcements:Reports:PublicBaseUrl", "Verkostot:PublicBaseUrl"),
        ("Announcements:Reports:SigningKey", "Verkostot:LinkSigningKey"),
    ];

    public static string Message(string oldKey, string newKey) =>
        $"{oldKey} is no longer read: set {newKey} instead (one public address and one key serve every link).";

    public ValidateOptionsResult Validate(string? name, VerkostotOptions options)
    {
        var failures = Renames
            .Where(r => !string.IsNullOrEmpty(configuration[r.Old]))
            .Select(r => Message(r.Old, r.New))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
