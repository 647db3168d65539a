using Verkostot.Core.Administration;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Pages.Network.People;

/// <summary>
/// The fields of the person form. What the form does not show (organisation, phones, responsibilities) is kept as it
/// is; a blank field clears the value.
/// </summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? TitleFi { get; set; }
    public string? TitleSv { get; set; }
    public string? TitleEn { get; set; }
    public string? MunicipalityId { get; set; }
    public string? Email { get; set; }
    public string? EntraObjectId { get; set; }
    /// <summary>"fi", "sv", "en" or blank for not known.</summary>
    public string? Language { get; set; }

    public static PersonForm From(Person person) => new()
    {
        Name = person.Name,
        TitleFi = person.Title?.Fi,
        TitleSv = person.Title?.Sv,
        TitleEn = person.Title?.En,
        MunicipalityId = person.MunicipalityId,
        Email = person.Email,
        EntraObjectId = person.EntraObjectId,
        Language = person.Language is { } language ? Localization.RequestLanguage.Tag(language) : null,
    };

    public PersonInput ToInput(Person? stored)
    {
        var kept = stored is null ? new PersonInput(null) : PersonInput.Of(stored);
        return kept with
        {
            Name = Name,
            Title = Blank(TitleFi) && Blank(TitleSv) && Blank(TitleEn) ? null : new LocalizedText(TitleFi?.Trim() ?? "", Trim(TitleSv), Trim(TitleEn)),
            MunicipalityId = Trim(MunicipalityId),
            Email = Trim(Email),
            EntraObjectId = Trim(EntraObjectId),
            Language = Language switch
            {
                "fi" => Core.Domain.Language.Finnish,
                "sv" => Core.Domain.Language.Swedish,
                "en" => Core.Domain.Language.English,
                _ => null,
            },
        };
    }

    /// <summary>The form's name for a field of <see cref="PersonInput"/>, for the error summary.</summary>
    public static string Label(string field, Core.Domain.Language language) => field switch
    {
        "name" => language.Pick("Nimi", "Namn", "Name"),
        var f when f.StartsWith("title", StringComparison.Ordinal) => language.Pick("Tehtävänimike", "Titel", "Title"),
        "municipalityId" => language.Pick("Kunta", "Kommun", "Municipality"),
        "email" => language.Pick("Sähköposti", "E-post", "E-mail"),
        "entraObjectId" => language.Pick("Entra-tunnus (object id)", "Entra-id (object id)", "Entra object id"),
        "language" => language.Pick("Kieli", "Språk", "Language"),
        "duplicateId" => language.Pick("Yhdistettävä henkilö", "Person att slå ihop", "Person to merge"),
        _ => field,
    };

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string? Trim(string? text) => Blank(text) ? null : text!.Trim();
}
