using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Verkostot.Core.Administration;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Editing;

/// <summary>
/// An edit's field errors as a form shows them: beside each field (<see cref="Show"/>, tied to the input with
/// <see cref="DescribedBy"/> and <see cref="Invalid"/>) and in a summary at the top that links to the fields. The
/// texts come from <see cref="EditMessages"/> in the page's language; <paramref name="label"/> names a field for
/// the summary.
/// </summary>
public sealed partial class FieldErrors(IReadOnlyList<EditError> errors, Language language, Func<string, string> label)
{
    public static FieldErrors None { get; } = new([], Language.Finnish, f => f);

    public bool Any => errors.Count > 0;

    public IEnumerable<(string Id, string Label, string Message)> Summary =>
        errors.Select(e => (Id(e.Field), label(e.Field), EditMessages.Text(e, language)));

    /// <summary>The input's id for a field named as the data file names it: "sources[1].url" → "f-sources-1-url".</summary>
    public static string Id(string field) => "f-" + NonWord().Replace(field, "-").Trim('-');

    public string? Invalid(string field) => Has(field) ? "true" : null;

    public string? DescribedBy(string field) => Has(field) ? Id(field) + "-virhe" : null;

    /// <summary>The field's messages beside it, with the id its input's aria-describedby names.</summary>
    public IHtmlContent Show(string field)
    {
        var messages = errors.Where(e => e.Field == field).Select(e => EditMessages.Text(e, language)).Distinct().ToList();
        if (messages.Count == 0) return HtmlString.Empty;
        var content = new HtmlContentBuilder();
        content.AppendHtml($"<span class=\"field-error\" id=\"{Id(field)}-virhe\">");
        content.Append(string.Join(" ", messages));
        content.AppendHtml("</span>");
        return content;
    }

    private bool Has(string field) => errors.Any(e => e.Field == field);

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
