using System.Globalization;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Core.Questions.Answering;

/// <summary>Facts of a network worded for answers: counts, residents, founding date.</summary>
public static class NetworkFacts
{
    /// <summary>"608 371"; a rough figure ("lähes 3,1 miljoonaa") stays rough: "noin 3,1 miljoonaa".</summary>
    public static string Residents(AnswerContext c, Network network)
    {
        var residents = network.Residents ?? 0;
        if (network.ResidentsApproximate && residents >= 1_000_000)
        {
            var millions = (residents / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture);
            return c.L($"noin {millions.Replace('.', ',')} miljoonaa", $"cirka {millions.Replace('.', ',')} miljoner", $"about {millions} million");
        }

        var number = Number(residents, c.Language);
        return network.ResidentsApproximate ? c.L($"noin {number}", $"cirka {number}", $"about {number}") : number;
    }

    public static string Number(int value, Language language) => language == Language.English
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    /// <summary>"marraskuussa 2019", "i november 2019", "in November 2019"; a year alone is "vuonna 2015".</summary>
    public static string Founded(AnswerContext c, DateOnly founded, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => c.L($"vuonna {founded.Year}", $"år {founded.Year}", $"in {founded.Year}"),
        DatePrecision.Month => HelsinkiDateFormat.InMonth(founded.Year, founded.Month, c.Language),
        _ => HelsinkiDateFormat.FormatDate(founded, c.Language),
    };
}
