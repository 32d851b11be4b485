using AwarenessBot.BareEndpoint;

var builder = WebApplication.CreateBuilder(args);

builder.AddEchoConnector();

var app = builder.Build();

app.MapEchoMessages();

app.Run();
