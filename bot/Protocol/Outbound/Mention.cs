namespace Verkostot.Bot.Protocol.Outbound;

/// <summary>
/// A Teams @mention entity. The activity text must contain <see cref="Text"/> (e.g. <c>&lt;at&gt;Iira Ainiala&lt;/at&gt;</c>)
/// for Teams to render and notify it.
/// </summary>
public sealed record Mention
{
    public string Type { get; init; } = "mention";
    public required Account Mentioned { get; init; }
    public required string Text { get; init; }

    public static Mention Of(Account account) =>
        new() { Mentioned = account, Text = $"<at>{account.Name}</at>" };
}
