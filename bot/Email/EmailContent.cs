namespace Verkostot.Bot.Email;

/// <summary>One e-mail as rendered: the same content as HTML and as plain text, and where to opt out (for List-Unsubscribe).</summary>
public sealed record EmailContent(string Subject, string Html, string Text, Uri? OptOut);
