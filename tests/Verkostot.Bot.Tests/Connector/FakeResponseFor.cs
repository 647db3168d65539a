using Verkostot.Testing.Connector;


namespace Verkostot.Bot.Tests.Connector;

internal static class FakeResponseFor
{
    public static FakeResponse ServerError => FakeResponse.Error(500, "InternalServerError");
}
