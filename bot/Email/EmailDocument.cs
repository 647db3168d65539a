using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Email;

/// <summary>
/// Builds one e-mail as HTML and plain text at the same time, part by part, so the two always say the same. Every
/// text is encoded here; only <see cref="Html"/> takes markup, already made safe by its caller. Inline styles only:
/// mail clients drop style sheets.
/// </summary>
public sealed class EmailDocument(Language language, Uri? optOut)
{
    private const string Muted = "color:#616161;font-size:13px;margin:0 0 4px";
    // Letters stay letters (ä, å), not numeric references; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly List<(string Label, Uri Url, bool Primary)> _buttons = [];

    public Language Language => language;

    public EmailDocument Kicker(string text)
    {
        _html.Append($"<p style=\"{Muted}\">{Encode(text)}</p>");
        _text.Append(text).Append('\n');
        return this;
    }

    public EmailDocument Heading(string text)
    {
        _html.Append($"<h1 style=\"font-size:20px;line-height:1.3;margin:0 0 16px\">{Encode(text)}</h1>");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public EmailDocument Paragraph(string text, bool strong = false)
    {
        var lines = string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(Encode));
        _html.Append(strong ? $"<p style=\"margin:0 0 12px\"><strong>{lines}</strong></p>" : $"<p style=\"margin:0 0 12px\">{lines}</p>");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public EmailDocument Subtle(string text)
    {
        _html.Append($"<p style=\"{Muted}\">{Encode(text)}</p>");
        _text.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Markup made safe by the caller (e.g. a coordinator's markdown rendered with raw HTML off), and its plain text.</summary>
    public EmailDocument Html(string safeHtml, string text)
    {
        _html.Append($"<div style=\"margin:0 0 12px\">{safeHtml}</div>");
        _text.Append(text.Trim()).Append("\n\n");
        return this;
    }

    /// <summary>Label–value pairs, e.g. Aika / Paikka.</summary>
    public EmailDocument Facts(IEnumerable<(string Label, string Value)> facts)
    {
        _html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;margin:0 0 12px\">");
        foreach (var (label, value) in facts)
        {
            _html.Append($"<tr><td style=\"padding:2px 16px 2px 0;vertical-align:top;font-weight:600\">{Encode(label)}</td><td style=\"padding:2px 0\">{Encode(value)}</td></tr>");
            _text.Append(label).Append(": ").Append(value).Append('\n');
        }
        _html.Append("</table>");
        _text.Append('\n');
        return this;
    }

    public EmailDocument List(string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return this;
        _html.Append($"<p style=\"margin:12px 0 4px;font-weight:600\">{Encode(heading)}</p><ul style=\"margin:0 0 12px;padding-left:20px\">");
        _text.Append(heading).Append('\n');
        foreach (var item in items)
        {
            _html.Append($"<li>{Encode(item)}</li>");
            _text.Append("- ").Append(item).Append('\n');
        }
        _html.Append("</ul>");
        _text.Append('\n');
        return this;
    }

    /// <summary>A link shown as a button (HTML) and as "label: address" (text). Only https and http addresses are taken.</summary>
    public EmailDocument Button(string label, Uri url, bool primary = false)
    {
        if (url.IsAbsoluteUri && url.Scheme is "https" or "http")
        {
            _buttons.Add((label, url, primary));
        }
        return this;
    }

    /// <summary>Ends the buttons of one row (they are laid out together).</summary>
    public EmailDocument Buttons()
    {
        if (_buttons.Count == 0) return this;
        _html.Append("<p style=\"margin:16px 0\">");
        foreach (var (label, url, primary) in _buttons)
        {
            var style = primary
                ? "display:inline-block;padding:10px 18px;margin:0 8px 8px 0;background:#5b5fc7;color:#ffffff;border-radius:4px;text-decoration:none;font-weight:600"
                : "display:inline-block;padding:9px 17px;margin:0 8px 8px 0;border:1px solid #5b5fc7;color:#5b5fc7;border-radius:4px;text-decoration:none";
            _html.Append($"<a href=\"{Attribute(url)}\" style=\"{style}\">{Encode(label)}</a>");
            _text.Append(label).Append(": ").Append(url.AbsoluteUri).Append('\n');
        }
        _html.Append("</p>");
        _text.Append('\n');
        _buttons.Clear();
        return this;
    }

    public EmailContent Build(string subject)
    {
        Buttons();
        var why = language.Pick(
            "Saat tämän viestin sähköpostina, koska se ei tavoittanut sinua Teamsissa.",
            "Du får det här meddelandet per e-post eftersom det inte nådde dig i Teams.",
            "You are getting this by e-mail because it could not reach you in Teams.");
        var optOutText = language.Pick("En halua näitä viestejä sähköpostiin", "Jag vill inte få dessa meddelanden per e-post", "Stop these e-mails");
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{LanguageCode}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{Encode(subject)}</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f5f5f5\">")
            .Append("<div style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.5;color:#242424\">")
            .Append(_html)
            .Append($"<hr style=\"border:none;border-top:1px solid #e0e0e0;margin:24px 0 12px\"><p style=\"{Muted}\">{Encode(why)}");
        var text = new StringBuilder().Append(_text.ToString().TrimEnd()).Append("\n\n-- \n").Append(why);
        if (optOut is not null)
        {
            html.Append($" <a href=\"{Attribute(optOut)}\" style=\"color:#616161\">{Encode(optOutText)}</a>.");
            text.Append('\n').Append(optOutText).Append(": ").Append(optOut.AbsoluteUri);
        }
        html.Append("</p></div></body></html>");
        return new EmailContent(subject, html.ToString(), text.Append('\n').ToString(), optOut);
    }

    public string LanguageCode => language.Pick("fi", "sv", "en");

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Attribute(Uri url) => Encoder.Encode(url.AbsoluteUri);
}
