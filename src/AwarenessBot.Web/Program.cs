using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Hosting;
using AwarenessBot.Web;
using AwarenessBot.Web.ChatPage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.AddAwarenessBot();
builder.AddConversationState();
builder.AddBotTelemetry();
builder.AddBotFramework();
builder.AddDirectLine();

var app = builder.Build();

app.UseExceptionHandler();
app.UseChatPage();
app.MapHealth();
app.MapBotTelemetry();
app.MapBotFramework();
app.MapDirectLine();

app.Run();
