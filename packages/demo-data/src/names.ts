import type { Random } from './random';

// Common surnames weighted roughly by frequency (the first ones appear more often).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN_MALE =
  '伟强磊军洋勇杰涛明超辉鹏华飞斌宇浩凯健俊帆帅旭宁龙林欣博文子轩睿泽晨阳昊然宇航一鸣嘉豪梓豪浩然'.split('');
const GIVEN_FEMALE = '芳娜敏静丽艳娟霞秀玲桂英婷雪慧琳颖倩晶洁梦欣怡雨涵诗琪梓涵可欣思彤紫萱佳怡雅静若曦'.split('');

export type Gender = 'MALE' | 'FEMALE';

export function personName(rng: Random, gender: Gender): string {
  const surname = SURNAMES[Math.floor(Math.pow(rng.next(), 1.6) * SURNAMES.length)];
  const pool = gender === 'MALE' ? GIVEN_MALE : GIVEN_FEMALE;
  const length = rng.chance(0.7) ? 2 : 1;
  let given = '';
  for (let i = 0; i < length; i++) given += rng.pick(pool);
  return surname + given;
}

export function phoneNumber(rng: Random): string {
  return `1${rng.pick(['38', '39', '50', '58', '86', '87', '36'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
}
