using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Email;

/// <summary>
/// The small page a link from an e-mail opens: a heading, a few sentences and at most one form button, in the
/// recipient's language, readable on a phone. Nothing on it comes unencoded from outside.
/// </summary>
public sealed class LinkPage(Language language, string title)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _body = new();

    public LinkPage Paragraph(string text, bool strong = false)
    {
        _body.Append(strong ? $"<p><strong>{Encoder.Encode(text)}</strong></p>" : $"<p>{Encoder.Encode(text)}</p>");
        return this;
    }

    /// <summary>A form that posts <paramref name="field"/>=<paramref name="value"/> back to <paramref name="action"/> (path and query).</summary>
    public LinkPage Button(string label, string action, string field, string value)
    {
        _body.Append($"<form method=\"post\" action=\"{Encoder.Encode(action)}\"><input type=\"hidden\" name=\"{Encoder.Encode(field)}\" value=\"{Encoder.Encode(value)}\">")
            .Append($"<button type=\"submit\">{Encoder.Encode(label)}</button></form>");
        return this;
    }

    public IResult Result(int statusCode = StatusCodes.Status200OK) => Results.Content(Html(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    public string Html() =>
        $"<!DOCTYPE html><html lang=\"{language.Pick("fi", "sv", "en")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" +
        "<meta name=\"robots\" content=\"noindex\">" +
        $"<title>{Encoder.Encode(title)}</title><style>" +
        "body{margin:0;background:#f5f5f5;font-family:'Segoe UI',Arial,sans-serif;color:#242424;font-size:16px;line-height:1.5}" +
        "main{max-width:560px;margin:32px auto;padding:24px;background:#fff;border-radius:8px}" +
        "h1{font-size:22px;margin:0 0 16px}button{font:inherit;padding:10px 18px;border:none;border-radius:4px;background:#5b5fc7;color:#fff;cursor:pointer}" +
        "button:focus{outline:3px solid #242424;outline-offset:2px}" +
        $"</style></head><body><main><h1>{Encoder.Encode(title)}</h1>{_body}</main></body></html>";

    /// <summary>An expired, tampered or unknown link: said plainly, revealing nothing about what it pointed to.</summary>
    public static IResult Expired(Language language) =>
        new LinkPage(language, language.Pick("Linkki ei ole enää voimassa", "Länken gäller inte längre", "This link no longer works"))
            .Paragraph(language.Pick(
                "Linkki on vanhentunut tai virheellinen. Voit vastata myös Teamsissa botille tai ottaa yhteyttä verkostovastaavaan.",
                "Länken har gått ut eller är felaktig. Du kan också svara boten i Teams eller kontakta nätverkets koordinator.",
                "The link has expired or is not valid. You can also answer the bot in Teams or contact the network's coordinator."))
            .Result(StatusCodes.Status404NotFound);
}
