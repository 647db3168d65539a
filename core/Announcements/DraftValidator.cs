using System.Globalization;
using Verkostot.Core.Time;

namespace Verkostot.Core.Announcements;

/// <summary>Checks the compose form; every problem comes back at once, each tied to its field.</summary>
public static class DraftValidator
{
    // A time just a moment away would be past by the time the coordinator has pressed "Lähetä".
    private static readonly TimeSpan MinimumLead = TimeSpan.FromMinutes(1);

    public static (ValidDraft? Draft, IReadOnlyList<DraftError> Errors) Validate(DraftInput input, AnnouncementAuthor author, DateTimeOffset now)
    {
        var errors = new List<DraftError>();
        var networkId = input.NetworkId?.Trim();
        if (string.IsNullOrEmpty(networkId) || !author.Coordinates(networkId))
        {
            errors.Add(new("network", "Valitse verkosto, jonka verkostovastaava olet."));
        }
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(new("title", "Kirjoita tiedotteelle otsikko."));
        }
        else if (title.Length > AnnouncementLimits.TitleMaxLength)
        {
            errors.Add(new("title", $"Otsikko on liian pitkä ({title.Length} merkkiä, enintään {AnnouncementLimits.TitleMaxLength})."));
        }
        var text = (input.Text ?? "").Trim().ReplaceLineEndings("\n");
        if (text.Length == 0)
        {
            errors.Add(new("text", "Kirjoita tiedotteen teksti."));
        }
        else if (text.Length > AnnouncementLimits.TextMaxLength)
        {
            errors.Add(new("text", $"Teksti on liian pitkä korttiin ({Count(text.Length)} merkkiä, enintään {Count(AnnouncementLimits.TextMaxLength)})."));
        }
        var link = CheckLink(input.Link, errors);
        var audience = AudienceNames.Parse(input.Audience);
        if (audience is null)
        {
            errors.Add(new("audience", "Valitse vastaanottajat."));
        }
        else if (audience != AnnouncementAudience.Presidium
            && author.Networks.FirstOrDefault(n => n.Id == networkId) is { } network && !AudienceResolver.HasChannel(network))
        {
            errors.Add(new("audience", "Verkostolle ei ole vielä liitetty Teams-kanavaa. Valitse vastaanottajiksi puheenjohtajisto."));
        }
        var scheduledFor = CheckWhen(input, now, errors);
        return errors.Count == 0
            ? (new ValidDraft(networkId!, title, text, link, audience!.Value, scheduledFor), errors)
            : (null, errors);
    }

    // Finnish groups thousands with a space: "4 000".
    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string? CheckLink(string? value, List<DraftError> errors)
    {
        var link = value?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }
        if (link.Length > AnnouncementLimits.LinkMaxLength
            || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || string.IsNullOrEmpty(uri.Host)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add(new("link", "Linkin pitää olla kokonainen https-osoite, esimerkiksi https://www.kuntaliitto.fi."));
            return null;
        }
        return uri.AbsoluteUri;
    }

    private static DateTimeOffset? CheckWhen(DraftInput input, DateTimeOffset now, List<DraftError> errors)
    {
        if (input.When is null or "" or DraftInput.WhenNow)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(input.Time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(new("when", "Anna lähetykselle päivä ja kellonaika."));
            return null;
        }
        if (!HelsinkiTime.TryToUtc(date.ToDateTime(time), out var at))
        {
            errors.Add(new("when", "Tätä kellonaikaa ei ole kesäaikaan siirryttäessä. Valitse toinen aika."));
            return null;
        }
        if (at < now + MinimumLead)
        {
            errors.Add(new("when", "Lähetysaika on jo mennyt. Valitse tuleva aika."));
            return null;
        }
        return at;
    }
}
