using Verkostot.Core.Announcements;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Tests.Announcements;

public sealed class DeliveryReasonsTests
{
    [Theory]
    [InlineData(DeliveryProblemCodes.NoEntraId, "Henkilön Teams-tunnus puuttuu verkoston tiedoista.")]
    [InlineData(DeliveryProblemCodes.NoPersonalChat, "Henkilöä ei tavoiteta Teamsissa: hän ei ole tiimissä, jossa botti on, eikä ole keskustellut botin kanssa.")]
    [InlineData(DeliveryProblemCodes.BotNotInTeam, "Bottia ei ole lisätty verkoston Teams-tiimiin.")]
    public void Of_MessengersProblemCode_IsAFinnishSentenceWithoutTheCode(string code, string expected)
    {
        var reason = DeliveryReasons.Of(Delivery.Failed(DeliveryStatus.Unreachable, code), attempts: 1);

        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Of_SendCrashed_SaysItWasNotResent()
    {
        var reason = DeliveryReasons.Of(Delivery.Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed), attempts: 1);

        Assert.Equal("Lähetyksessä tapahtui odottamaton virhe. Ei lähetetty uudelleen, ettei viesti mene kahdesti.", reason);
    }

    [Fact]
    public void Of_TeamsErrorCode_FinnishSentenceKeepsTheCodeForSupport()
    {
        var reason = DeliveryReasons.Of(Delivery.Failed(DeliveryStatus.PermanentFailure, "ConversationNotFound"), attempts: 1);

        Assert.Equal("Teams hylkäsi viestin. Henkilö on ehkä poistunut tai estänyt botin. Virhekoodi: ConversationNotFound.", reason);
    }

    [Fact]
    public void Of_TransientFailure_SaysHowManyTimesItWasTried()
    {
        var reason = DeliveryReasons.Of(Delivery.Failed(DeliveryStatus.TransientFailure, "Throttled"), attempts: 5);

        Assert.StartsWith("Teams ei ottanut viestiä vastaan, vaikka sitä yritettiin 5 kertaa.", reason);
    }

    [Fact]
    public void Of_EnglishFreeText_IsNotShown()
    {
        var reason = DeliveryReasons.Of(Delivery.Failed(DeliveryStatus.Unreachable, "the bot could not open a chat"), attempts: 1);

        Assert.Equal("Henkilöä ei tavoiteta Teamsissa.", reason);
    }
}
