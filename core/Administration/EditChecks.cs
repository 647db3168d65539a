using System.Text.RegularExpressions;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Administration;

/// <summary>
/// Checks and tidies one edit's input, collecting <see cref="EditError"/>s instead of stopping at the first: texts are
/// trimmed and blank ones become null, so that what is saved is what a person meant.
/// </summary>
internal sealed partial class EditChecks
{
    public const int NameLength = 200;
    public const int LongTextLength = 4000;
    public const int UrlLength = 2000;

    private readonly List<EditError> _errors = [];

    public IReadOnlyList<EditError> Errors => _errors;

    public bool Failed => _errors.Count > 0;

    public void Add(string field, EditErrorCode code, string? detail = null) => _errors.Add(new EditError(field, code, detail));

    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required) Add(field, EditErrorCode.Required);
        if (text?.Length > maxLength) Add(field, EditErrorCode.TooLong, maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return text;
    }

    /// <summary>A text in three languages: null when all are blank; the Finnish one is required when any is given.</summary>
    public LocalizedText? Text(string field, LocalizedText? value, int maxLength, bool required = false)
    {
        var fi = Text($"{field}.fi", value?.Fi, maxLength);
        var sv = Text($"{field}.sv", value?.Sv, maxLength);
        var en = Text($"{field}.en", value?.En, maxLength);
        if (fi is null && (sv is not null || en is not null))
        {
            Add($"{field}.fi", EditErrorCode.FinnishMissing);
            return null;
        }
        if (fi is null && required) Add($"{field}.fi", EditErrorCode.Required);
        return fi is null ? null : new LocalizedText(fi, sv, en);
    }

    /// <summary>A list of texts; entries left blank (an empty row of a form) are dropped.</summary>
    public List<LocalizedText> Texts(string field, IReadOnlyList<LocalizedText?>? values, int maxLength) =>
        [.. (values ?? []).Select((v, i) => Text($"{field}[{i}]", v, maxLength)).OfType<LocalizedText>()];

    public int? NonNegative(string field, int? value)
    {
        if (value < 0) Add(field, EditErrorCode.Negative);
        return value;
    }

    public DateOnly? NotAfter(string field, DateOnly? value, DateOnly today)
    {
        if (value > today) Add(field, EditErrorCode.InFuture);
        return value;
    }

    public string? Email(string field, string? value)
    {
        var email = Text(field, value, NameLength);
        if (email is not null && !EmailPattern().IsMatch(email)) Add(field, EditErrorCode.InvalidEmail);
        return email;
    }

    public string? Phone(string field, string? value)
    {
        var phone = Text(field, value, 40);
        if (phone is not null && !PhonePattern().IsMatch(phone)) Add(field, EditErrorCode.InvalidPhone);
        return phone;
    }

    /// <summary>An Entra object id, stored in its lower-case "D" form so that lookups match however it was typed.</summary>
    public string? ObjectId(string field, string? value)
    {
        var text = Text(field, value, 100);
        if (text is null) return null;
        if (Guid.TryParse(text, out var id)) return id.ToString("D");
        Add(field, EditErrorCode.InvalidObjectId);
        return text;
    }

    public string? Url(string field, string? value)
    {
        var text = Text(field, value, UrlLength);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0))
        {
            Add(field, EditErrorCode.InvalidUrl);
        }
        return text;
    }

    public string? Slug(string field, string? value)
    {
        var text = Text(field, value, NameLength);
        if (text is not null && !SlugPattern().IsMatch(text)) Add(field, EditErrorCode.InvalidId);
        return text;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{5,}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
