// The ceiling: an Express 5 app with one empty route, on the port given as argv[2].
import express from 'express';

const app = express();
app.get('/empty', (_req, res) => void res.type('application/json').send('{}'));
app.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
