import { SseParser } from './bell-stream';

describe(SseParser.name, () => {
  it('gives each complete event with its name and data, across chunk boundaries', () => {
    const parser = new SseParser();
    expect(parser.push('event: inbox\ndata: {"unread":')).toEqual([]);
    expect(
      parser.push(
        '2}\n\nevent: ping\ndata: \n\n: comment\n\nevent: inbox\r\ndata: {"unread":3}\r\n\r\n',
      ),
    ).toEqual([
      { event: 'inbox', data: '{"unread":2}' },
      { event: 'ping', data: '' },
      { event: 'inbox', data: '{"unread":3}' },
    ]);
  });

  it('joins data lines and keeps what is not finished for the next chunk', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\ndata: b\n\ndata: c')).toEqual([
      { event: 'message', data: 'a\nb' },
    ]);
    expect(parser.push('\n\n')).toEqual([{ event: 'message', data: 'c' }]);
  });
});
