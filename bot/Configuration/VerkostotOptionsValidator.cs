using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Configuration;

/// <summary>
/// The public address and the link signing key: both required outside Development (in Development
/// <see cref="DevelopmentLinkDefaults"/> fills them in), and both must be usable.
/// </summary>
internal sealed class VerkostotOptionsValidator : IValidateOptions<VerkostotOptions>
{
    public const int MinimumKeyLength = 32;

    public const string PublicBaseUrlMissing =
        "Verkostot:PublicBaseUrl is required outside Development: the bot's public https address, e.g. https://verkostot.example.fi/ (every link the bot hands out starts with it).";

    public const string PublicBaseUrlMalformed =
        "Verkostot:PublicBaseUrl must be an absolute https address such as https://verkostot.example.fi/ (plain http only for localhost).";

    public const string LinkSigningKeyMissing =
        "Verkostot:LinkSigningKey is required outside Development: a random secret of at least 32 characters, the same on every instance (it signs the .ics and CSV links).";

    public static string LinkSigningKeyTooShort(int length) =>
        $"Verkostot:LinkSigningKey must be at least {MinimumKeyLength} characters (it has {length}): a random secret, the same on every instance.";

    public ValidateOptionsResult Validate(string? name, VerkostotOptions options)
    {
        var failures = new List<string>();
        if (options.PublicBaseUrl is null)
        {
            failures.Add(PublicBaseUrlMissing);
        }
        else if (!IsPublicAddress(options.PublicBaseUrl))
        {
            failures.Add(PublicBaseUrlMalformed);
        }

        if (string.IsNullOrEmpty(options.LinkSigningKey))
        {
            failures.Add(LinkSigningKeyMissing);
        }
        else if (options.LinkSigningKey.Length < MinimumKeyLength)
        {
            failures.Add(LinkSigningKeyTooShort(options.LinkSigningKey.Length));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsPublicAddress(Uri url) =>
        url.IsAbsoluteUri
        && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
}
