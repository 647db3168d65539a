using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Connector;

[OptionsValidator]
internal sealed partial class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>;
