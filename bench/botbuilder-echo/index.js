// An echo bot on botbuilder-js 4.23.3 (CloudAdapter, inbound JWT validation on): the reference point that
// Verkostot.Bench measures our bot against. Everything it talks to is on 127.0.0.1:
//   PORT                  where it listens (127.0.0.1 only)
//   MICROSOFT_APP_ID      the audience tokens must carry; empty or unset: developer mode (no inbound token checked,
//                         as the Bot Framework Emulator and our bot's developer mode run)
//   OPENID_METADATA_URL   the bench's loopback OpenID metadata (the Bot Connector's signing keys); needed with an app id
// Outbound it attaches a fixed token instead of asking Entra (login.microsoftonline.com): the bench's fake
// connector accepts any token, and no traffic may leave the machine.
'use strict';

const http = require('node:http');
const {
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ActivityHandler,
} = require('botbuilder');
const { ServiceClientCredentialsFactory } = require('botframework-connector');

const port = Number(process.env.PORT || 3979);
const appId = process.env.MICROSOFT_APP_ID || '';
const developerMode = appId === '';
const openIdMetadataUrl = developerMode ? 'http://127.0.0.1/unused-metadata' : required('OPENID_METADATA_URL');

/** Credentials that sign every outbound request with a fixed bearer token; nothing is fetched. */
class FixedTokenCredentialsFactory extends ServiceClientCredentialsFactory {
    async isValidAppId(id) { return id === appId; }
    async isAuthenticationDisabled() { return developerMode; }
    async createCredentials() {
        return {
            async signRequest(webResource) {
                webResource.headers.set('authorization', 'Bearer outbound-bench-token');
                return webResource;
            },
        };
    }
}

const auth = new ConfigurationBotFrameworkAuthentication(
    {
        MicrosoftAppId: appId,
        MicrosoftAppType: 'MultiTenant',
        ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
        ToChannelFromBotLoginUrl: 'http://127.0.0.1/unused-login',
        ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        OAuthUrl: 'http://127.0.0.1/unused-oauth',
    },
    new FixedTokenCredentialsFactory(),
);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error && error.message}`);
};

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
    }
}
const bot = new EchoBot();

// A plain node:http server with the small express-like surface CloudAdapter.process expects.
const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end();
            return;
        }
        adapter.process(req, expressLike(res), (context) => bot.run(context)).catch((err) => {
            console.error(`process error: ${err && err.message}`);
            if (!res.headersSent) {
                res.statusCode = 500;
                res.end();
            }
        });
    });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(
    `botbuilder-echo listening on http://127.0.0.1:${port}/api/messages${developerMode ? ' (developer mode)' : ''}`));

function expressLike(res) {
    return {
        socket: res.socket,
        status(code) { res.statusCode = code; return this; },
        header(name, value) { res.setHeader(name, value); return this; },
        send(body) {
            if (body === undefined || body === null) return;
            if (typeof body === 'object' && !Buffer.isBuffer(body)) {
                res.setHeader('content-type', 'application/json');
                res.write(JSON.stringify(body));
            } else {
                res.write(body);
            }
        },
        end() { res.end(); },
    };
}

function required(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`${name} is required`);
        process.exit(2);
    }
    return value;
}
