export { insertTestSkills, type TestSkill } from '@sportello/db/testing';
