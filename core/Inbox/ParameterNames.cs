using System.Globalization;

namespace Verkostot.Core.Inbox;

/// <summary>The inbox statements' parameter names ("@k0", "@h12"), made once: every commit names every value.</summary>
internal static class ParameterNames
{
    private const int Kept = 256;
    private static readonly Dictionary<char, string[]> Names = "karopch".ToDictionary(
        prefix => prefix,
        prefix => Enumerable.Range(0, Kept).Select(i => Make(prefix, i)).ToArray());

    public static string Of(char prefix, int position) =>
        position < Kept && Names.TryGetValue(prefix, out var names) ? names[position] : Make(prefix, position);

    private static string Make(char prefix, int position) =>
        "@" + prefix + position.ToString(CultureInfo.InvariantCulture);
}
